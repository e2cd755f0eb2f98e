package io.redress.followup.checking;

import java.util.List;

/** One thing a reply must not do. */
public interface ReplyRule {

    List<Finding> check(ReplyContext reply);
}
