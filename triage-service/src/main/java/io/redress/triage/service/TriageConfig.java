package io.redress.triage.service;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "redress.triage")
public interface TriageConfig {

    /**
     * ISO 639-1 codes of the languages complaints are told apart in. Fewer languages mean less memory and
     * fewer confusions; every code must be one Lingua knows.
     */
    @WithDefault("en,bn,ms,lv,es,pt,fr,de,ar,hi,id,ru,zh,ja,it,nl,pl,tr,uk,vi,ko,th,sv,da,fi,nb,cs,ro,hu,el,he,fa,ur,ta,tl,lt,et,bg,sr,hr,ca,sw,te")
    List<String> languages();
}
