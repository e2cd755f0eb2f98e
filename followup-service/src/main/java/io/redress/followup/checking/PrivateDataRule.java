package io.redress.followup.checking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Nothing private in a public reply: e-mail addresses, phone numbers, street addresses, order numbers, or
 * five words in a row taken from one of the case's private texts.
 */
public class PrivateDataRule implements ReplyRule {

    public static final String NAME = "private-data";
    private static final int SHINGLE = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+", PhraseRule.FLAGS);
    private static final List<Pattern> PATTERNS = Stream.of(
            "[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,5}",
            "(?<![\\w+])\\+?\\d[\\d ().-]{7,18}\\d(?!\\w)",
            "(?-i)\\b\\d{1,5}\\s+(?:\\p{Lu}[\\p{L}'-]{1,30}\\s+){0,3}(?i:street|st|avenue|ave|road|rd|lane|ln|boulevard|blvd|drive|dr|way|court)\\b",
            "(?-i)\\b\\p{Lu}[\\p{L}-]{1,30}\\s+(?i:iela|straße|strasse|gatve)\\s+\\d{1,5}\\w?\\b",
            "\\b(?:calle|avenida|jalan|jln)\\s+(?:\\p{L}{1,30}\\s+){1,3}\\d{1,5}\\b",
            "\\b(?:order|ord|pedido|bestellung|pesanan|pasūtījum\\w*)\\s*(?:no\\.?|number|nr\\.?|#)?\\s*[:#]?\\s*(?=[a-z-]{0,20}\\d)[a-z0-9-]{5,30}\\b",
            "#\\d{5,}")
            .map(pattern -> Pattern.compile(pattern, PhraseRule.FLAGS)).toList();

    @Override
    public List<Finding> check(ReplyContext reply) {
        List<Finding> found = new ArrayList<>();
        if (!reply.isPublic()) {
            return found;
        }
        for (Pattern pattern : PATTERNS) {
            Matcher matcher = pattern.matcher(reply.text());
            while (matcher.find()) {
                if (!isShortNumber(matcher.group())) {
                    found.add(finding(reply.text(), matcher.start(), matcher.end(),
                            "looks like private contact or order data"));
                }
            }
        }
        found.addAll(copiedFromPrivateTexts(reply));
        return found;
    }

    /** A phone number has at least nine digits; a shorter run of digits is a quantity or a date. */
    private static boolean isShortNumber(String match) {
        return match.chars().allMatch(c -> Character.isDigit(c) || " ().-+".indexOf(c) >= 0)
                && match.chars().filter(Character::isDigit).count() < 9;
    }

    private static List<Finding> copiedFromPrivateTexts(ReplyContext reply) {
        Set<String> privateShingles = new HashSet<>();
        for (String text : reply.privateTexts()) {
            List<String> words = words(text).stream().map(Token::word).toList();
            for (int i = 0; i + SHINGLE <= words.size(); i++) {
                privateShingles.add(String.join(" ", words.subList(i, i + SHINGLE)));
            }
        }
        List<Token> tokens = words(reply.text());
        List<Finding> found = new ArrayList<>();
        int coveredUntil = -1;
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            String shingle = String.join(" ", tokens.subList(i, i + SHINGLE).stream().map(Token::word).toList());
            if (privateShingles.contains(shingle) && tokens.get(i).start() >= coveredUntil) {
                int start = tokens.get(i).start();
                int last = i + SHINGLE - 1;
                while (last + 1 < tokens.size() && privateShingles.contains(String.join(" ", tokens
                        .subList(last + 2 - SHINGLE, last + 2).stream().map(Token::word).toList()))) {
                    last++;
                }
                coveredUntil = tokens.get(last).end();
                found.add(finding(reply.text(), start, coveredUntil, "repeats a private message of this case"));
            }
        }
        return found;
    }

    private static Finding finding(String text, int start, int end, String message) {
        return new Finding(NAME, Finding.Severity.BLOCK, start, end, text.substring(start, end), message);
    }

    private static List<Token> words(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            tokens.add(new Token(matcher.group().toLowerCase(Locale.ROOT), matcher.start(), matcher.end()));
        }
        return tokens;
    }

    private record Token(String word, int start, int end) {
    }
}
