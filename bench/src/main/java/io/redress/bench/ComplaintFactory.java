package io.redress.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Builds realistic, varied complaint bodies for {@code POST /complaints}: several languages, all ten channels,
 * short posts and longer e-mails, unique external ids and authors. Variety matters because triage does language
 * detection and classification; a single repeated text would measure a best case (and could be deduplicated).
 *
 * <p>Not thread-safe: each sender thread uses its own factory (the bench sends from one thread per phase).
 */
final class ComplaintFactory {

    /** How text is written on a channel: a short post, a longer post, a letter, or a call transcript. */
    private enum Style { POST, LONG_POST, LETTER, TRANSCRIPT }

    /** Channels and whether posts there are public (social, reviews) or private (mail, forms, calls). */
    private record Channel(String name, boolean isPublic, Style style) {
    }

    /** Templates per language. Placeholders: {product} {order} {days} {amount}. */
    private record Language(String code, List<String> templates, List<String> extras,
                            String greeting, String signOff) {
    }

    private static final List<Channel> CHANNELS = List.of(
            new Channel("x", true, Style.POST),
            new Channel("facebook", true, Style.POST),
            new Channel("instagram", true, Style.POST),
            new Channel("youtube", true, Style.POST),
            new Channel("blog", true, Style.LONG_POST),
            new Channel("forum", true, Style.LONG_POST),
            new Channel("review", true, Style.LONG_POST),
            new Channel("email", false, Style.LETTER),
            new Channel("webform", false, Style.LETTER),
            new Channel("phone", false, Style.TRANSCRIPT));

    private static final List<String> PRODUCTS = List.of(
            "Aero 5 headphones", "Nimbus X200 router", "Kettle Pro 2", "Vela S3 phone", "Orbit Mini speaker",
            "TrailRunner GTX shoes", "Lumen desk lamp", "Polar 40 cooler", "Atlas sofa", "Pixel-Go camera");

    private static final List<Language> LANGUAGES = List.of(
            new Language("en", List.of(
                    "Ordered the {product} {days} days ago, order {order}, and still nothing. Tracking hasn't moved since Monday. Where is my parcel?",
                    "You charged me twice for the same order ({amount} EUR each). I want my money back today, not in 10 business days.",
                    "The {product} stopped working after one week. Support chat closed on me three times. Absolutely unacceptable.",
                    "Been on hold for 45 minutes trying to cancel my subscription. Stop billing me!",
                    "Courier left my {product} in the rain, box soaked and the screen cracked. Order {order}. Who pays for this?",
                    "Third time I'm writing about this: the replacement {product} you sent is the wrong model again."),
                    List.of("This is the last time I buy from you.", "I have photos if anyone cares.",
                            "Nobody answers the phone.", "Really disappointed."),
                    "Hello,", "Regards"),
            new Language("de", List.of(
                    "Ich habe die {product} vor {days} Tagen bestellt (Bestellung {order}) und bis heute nichts erhalten. Das ist eine Frechheit.",
                    "Mir wurden {amount} EUR doppelt abgebucht. Ich erwarte eine sofortige Rückerstattung.",
                    "Der Kundenservice ist nicht erreichbar, seit einer Woche keine Antwort auf meine E-Mail zur Bestellung {order}.",
                    "Das Gerät ({product}) ist nach {days} Tagen kaputt gegangen. Ich möchte Ersatz oder mein Geld zurück."),
                    List.of("So etwas habe ich noch nie erlebt.", "Ich werde nie wieder bei Ihnen bestellen.",
                            "Bitte melden Sie sich umgehend."),
                    "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen"),
            new Language("fr", List.of(
                    "J'ai commandé {product} il y a {days} jours, commande {order}, toujours rien reçu. Personne ne répond au service client.",
                    "On m'a prélevé {amount} EUR deux fois pour la même commande. Je veux être remboursé immédiatement.",
                    "Le produit {product} est arrivé cassé et le retour est impossible sur votre site. Très déçu."),
                    List.of("C'est inadmissible.", "J'attends une réponse rapide.", "Plus jamais chez vous."),
                    "Bonjour,", "Cordialement"),
            new Language("es", List.of(
                    "Pedí {product} hace {days} días (pedido {order}) y todavía no ha llegado. Nadie me da una respuesta.",
                    "Me cobraron {amount} EUR dos veces. Quiero el reembolso ya.",
                    "El {product} dejó de funcionar a la semana. El servicio técnico no contesta el teléfono."),
                    List.of("Es una vergüenza.", "Exijo una solución.", "No pienso volver a comprar aquí."),
                    "Hola,", "Saludos"),
            new Language("it", List.of(
                    "Ho ordinato {product} {days} giorni fa, ordine {order}, e non è ancora arrivato. Vergognoso.",
                    "Mi avete addebitato {amount} EUR due volte. Rivoglio i miei soldi.",
                    "Il {product} si è rotto dopo pochi giorni e l'assistenza non risponde."),
                    List.of("Pessimo servizio.", "Aspetto una risposta."),
                    "Buongiorno,", "Cordiali saluti"),
            new Language("pt", List.of(
                    "Comprei {product} há {days} dias (pedido {order}) e até agora nada. O atendimento não responde.",
                    "Fui cobrado duas vezes, {amount} EUR cada. Quero o estorno imediatamente."),
                    List.of("Que falta de respeito.", "Nunca mais compro com vocês."),
                    "Olá,", "Atenciosamente"),
            new Language("nl", List.of(
                    "Ik heb {days} dagen geleden {product} besteld (bestelling {order}) en nog steeds niets ontvangen. De klantenservice reageert niet.",
                    "Er is twee keer {amount} EUR afgeschreven. Ik wil mijn geld terug."),
                    List.of("Echt belachelijk.", "Graag een snelle reactie."),
                    "Goedendag,", "Met vriendelijke groet"),
            new Language("pl", List.of(
                    "Zamówiłem {product} {days} dni temu (zamówienie {order}) i nadal nic. Obsługa klienta nie odpowiada.",
                    "Pobrano ode mnie {amount} EUR dwa razy. Żądam zwrotu pieniędzy."),
                    List.of("To skandal.", "Czekam na odpowiedź."),
                    "Dzień dobry,", "Z poważaniem"));

    private static final List<String> FIRST = List.of(
            "Rina", "Jonas", "Amélie", "Diego", "Giulia", "João", "Sanne", "Kasia", "Omar", "Mei", "Lena", "Tomás");
    private static final List<String> LAST = List.of(
            "Berg", "Müller", "Durand", "García", "Rossi", "Silva", "de Vries", "Nowak", "Haddad", "Chen", "Okafor");

    private final ObjectMapper json;
    private final String runId;
    private final SplittableRandom random;
    private final long phoneBase;
    private long sequence;

    /** @param runId makes external ids unique across runs, so re-running never hits the 200 "repeat" path. */
    ComplaintFactory(ObjectMapper json, String runId, long seed) {
        this.json = json;
        this.runId = runId;
        this.random = new SplittableRandom(seed);
        this.phoneBase = random.nextInt(100_000_000);
    }

    /** A complete request body, ready to send. */
    byte[] next() {
        long n = ++sequence;
        Channel channel = pick(CHANNELS);
        Language language = pick(LANGUAGES);
        String first = pick(FIRST);
        String last = pick(LAST);

        ObjectNode body = json.createObjectNode();
        body.put("channel", channel.name());
        body.put("externalId", "bench-" + runId + "-" + n);
        ObjectNode author = body.putObject("author");
        author.put("handle", handle(channel, first, last, n));
        author.put("displayName", first + " " + last);
        if (channel.isPublic()) {
            author.put("followers", followers());
        }
        body.put("text", text(channel, language));
        body.put("visibility", channel.isPublic() ? "public" : "private");
        // A little in the past, as posts are picked up by channel pollers after they were made.
        body.put("receivedAt", Instant.now().minusSeconds(random.nextInt(120)).truncatedTo(ChronoUnit.MILLIS).toString());
        try {
            return json.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a complaint body", e); // cannot happen for a tree
        }
    }

    private String text(Channel channel, Language language) {
        String core = fill(pick(language.templates()));
        return switch (channel.style()) {
            case LETTER -> language.greeting() + "\n\n" + core + " " + extras(language, 1 + random.nextInt(language.extras().size()))
                    + "\n\n" + language.signOff();
            case LONG_POST -> core + " " + extras(language, 1 + random.nextInt(language.extras().size()));
            case TRANSCRIPT -> "[call transcript, " + language.code() + "] " + core;
            case POST -> core + (random.nextInt(3) == 0 ? " " + pick(language.extras()) : "")
                    + (channel.name().equals("x") || channel.name().equals("instagram") ? " @redress_support #fail" : "");
        };
    }

    private static String extras(Language language, int count) {
        return String.join(" ", language.extras().subList(0, count));
    }

    private String fill(String template) {
        return template
                .replace("{product}", pick(PRODUCTS))
                .replace("{order}", String.format(Locale.ROOT, "RD-%07d", random.nextInt(10_000_000)))
                .replace("{days}", Integer.toString(3 + random.nextInt(40)))
                .replace("{amount}", String.format(Locale.ROOT, "%d.%02d", 9 + random.nextInt(500), random.nextInt(100)));
    }

    /** Unique per complaint so no downstream grouping by author merges bench complaints into one case. */
    private String handle(Channel channel, String first, String last, long n) {
        String plain = Normalizer.normalize(first + last, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return switch (channel.name()) {
            case "email", "webform" -> plain + "." + runId + n + "@example.com";
            case "phone" -> String.format(Locale.ROOT, "+44 20 %08d", (phoneBase + n) % 100_000_000);
            default -> "@" + plain + "_" + runId + n;
        };
    }

    /** Heavy-tailed like real audiences: most accounts are small, a few are large. */
    private int followers() {
        double u = random.nextDouble();
        return (int) Math.min(5_000_000, Math.round(20 * Math.pow(1 - u, -1.6)));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
