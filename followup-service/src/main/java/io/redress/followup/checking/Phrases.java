package io.redress.followup.checking;

import java.util.List;
import java.util.Map;

/**
 * The phrase lists of the checker, in English, Spanish, German, Malay, Latvian and Bengali. A reply is checked
 * against every language, since agents mix them.
 */
final class Phrases {

    /** An apology taken back in the same sentence: everything after "sorry, but" is all the customer hears. */
    static final List<String> APOLOGY_BUT = List.of(
            "\\b(?:sorry|apologi[sz]e\\w*|apologies|regret)\\b[^.!?\\n]{0,120}?\\b(?:but|however)\\b",
            "\\b(?:lo siento|lo sentimos|disculp\\w*|perd[oó]n\\w*)\\b[^.!?\\n]{0,120}?\\b(?:pero|sin embargo)\\b",
            "(?:\\bentschuldig\\w*|\\bes tut (?:mir|uns) leid|\\bbedauer\\w*)[^.!?\\n]{0,120}?\\b(?:aber|jedoch|allerdings)\\b",
            "\\b(?:maaf|mohon maaf|minta maaf)\\b[^.!?\\n]{0,120}?\\b(?:tetapi|tapi|namun)\\b",
            "(?:\\batvainoj\\w*|\\bpiedod\\w*|\\bžēl)[^.!?\\n]{0,120}?\\b(?:bet|tomēr)\\b",
            "(?:দুঃখিত|ক্ষমা)[^।.!?\\n]{0,120}?(?:কিন্তু|তবে)");

    /** Putting the fault on the customer instead of fixing the situation. */
    static final List<String> BLAME = List.of(
            "\\byour (?:own )?fault\\b", "\\byou should have\\b", "\\byou (?:failed|forgot|neglected) to\\b",
            "\\bif you had (?:read|followed|checked)\\b", "\\buser error\\b",
            "\\byou (?:clearly )?(?:didn't|did not) (?:read|follow|check)\\b",
            "\\b(?:es|fue) (?:su|tu) culpa\\b", "\\busted debió\\b",
            "\\b(?:ihre|deine) schuld\\b", "\\bsie hätten\\b",
            "\\b(?:salah|kesalahan) (?:anda|awak|kamu)\\b",
            "\\b(?:jūsu|tava) vaina\\b", "\\bjums vajadzēja\\b",
            "আপনার (?:দোষ|ভুল)");

    /** Mockery and sarcasm: never mock a complainer. */
    static final List<String> MOCKERY = List.of(
            "\\b(?:lol|lmao|rofl|ha(?:ha){1,10})\\b", "\\bgood luck with that\\b", "\\bnice try\\b",
            "\\bthanks for nothing\\b", "\\b(?:yeah|sure),? right\\b", "\\bcalm down\\b",
            "\\bwelcome to the real world\\b", "\\bread the (?:fine )?manual\\b",
            "\\boh,? (?:great|wonderful|brilliant)\\b", "[🙄😂🤣😏]",
            "\\bja(?:ja){1,10}\\b", "\\bbuena suerte con eso\\b",
            "\\bviel glück damit\\b", "\\bregen sie sich ab\\b",
            "\\bwk(?:wk){1,10}\\b", "\\bpadan muka\\b",
            "\\bveiksmi ar to\\b", "\\bnomierinieties\\b",
            "হা হা");

    /** Words that promise a remedy, by kind; a promise needs an approved remedy of that kind. */
    static final Map<String, String> REMEDY_WORDS = Map.of(
            "refund", "\\b(?:refund\\w*|money back|reembols\\w*|rückerstatt\\w*|erstatten|bayaran balik|atmaks\\w*)\\b|ফেরত",
            "replacement", "\\b(?:replac\\w*|new one|reemplaz\\w*|ersatz\\w*|gantian|nomain\\w*)\\b",
            "exchange", "\\b(?:exchang\\w*|swap|cambi(?:o|ar)|umtausch\\w*|tukar\\w*|apmain\\w*)\\b",
            "gift", "\\b(?:gift|free (?:item|product)|regalo|geschenk|hadiah|dāvan\\w*)\\b",
            "credit", "\\b(?:credit|crédito|gutschrift|kredit|kredīt\\w*)\\b",
            "discount", "\\b(?:discount|voucher|coupon|promo code|descuento|cupón|rabatt|gutschein|diskaun|baucar|atlaid\\w*)\\b");

    private Phrases() {
    }
}
