package io.redress.triage.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextAnalyserTest {

    private static final TextAnalyser ANALYSER = new TextAnalyser(
            Lexicons.load(List.of("en", "bn", "ms", "id", "lv", "es", "pt", "fr", "de", "ru", "uk", "hi", "ar", "it",
                    "nl", "pl", "tr", "ko", "zh", "ja", "sv", "da", "nb", "fi", "ro", "hu", "el", "he", "fa", "et")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | My order has not arrived after three weeks and nobody at customer service answers my emails.
            bn | আমার অর্ডার তিন সপ্তাহেও আসেনি, আর গ্রাহক সেবা থেকে কেউ আমার ইমেইলের উত্তর দিচ্ছে না।
            ms | Pesanan saya masih belum sampai selepas tiga minggu dan khidmat pelanggan tidak menjawab e-mel saya.
            lv | Mans pasūtījums nav atnācis jau trīs nedēļas, un klientu apkalpošana neatbild uz maniem e-pastiem.
            id | Paket saya belum datang sudah dua minggu dan CS tidak membalas.
            ru | Посылка до сих пор не пришла, уже три недели, и в поддержке никто не отвечает.
            uk | Посилка досі не прийшла, вже три тижні, а в підтримці ніхто не відповідає.
            it | Il mio ordine non è ancora arrivato dopo tre settimane e nessuno risponde alle mie email.
            nl | Mijn bestelling is na drie weken nog steeds niet aangekomen en niemand reageert op mijn mails.
            pl | Moja paczka nie dotarła od trzech tygodni i nikt nie odpowiada na maile.
            tr | Siparişim üç haftadır gelmedi ve müşteri hizmetleri cevap vermiyor.
            ko | 주문한 지 3주가 지났는데 아직 배송이 안 왔어요. 고객센터는 답이 없네요.
            zh | 我的订单三个星期了还没收到，客服也一直不回复。
            ja | 注文して3週間経ってもまだ届いていません。サポートからも返信がありません。
            sv | Min beställning har fortfarande inte kommit efter tre veckor och kundtjänst svarar inte.
            da | Min ordre er stadig ikke kommet efter tre uger, og kundeservice svarer ikke.
            nb | Bestillingen min har fortsatt ikke kommet etter tre uker, og kundeservice svarer ikke.
            fi | Tilaukseni ei ole vieläkään tullut kolmen viikon jälkeen, eikä asiakaspalvelu vastaa.
            ro | Comanda mea nu a ajuns nici după trei săptămâni și nimeni de la relații clienți nu răspunde.
            hu | A rendelésem három hét után sem érkezett meg, és az ügyfélszolgálat nem válaszol.
            el | Η παραγγελία μου δεν έχει έρθει ακόμα μετά από τρεις εβδομάδες και η εξυπηρέτηση δεν απαντά.
            he | ההזמנה שלי עדיין לא הגיעה אחרי שלושה שבועות ושירות הלקוחות לא עונה.
            fa | سفارشم بعد از سه هفته هنوز نرسیده و پشتیبانی هم جواب نمی‌دهد.
            et | Minu tellimus pole kolme nädala pärast ikka veel kohale jõudnud ja klienditeenindus ei vasta.
            """)
    void aComplaintReadsAsOneInItsOwnLanguage(String language, String text) {
        Analysis analysis = ANALYSER.analyse(text, language);
        assertTrue(analysis.complaintScore() >= 0.5, analysis.toString());
        assertTrue(analysis.sentiment() < 0, analysis.toString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Thanks @ShopCo, my order arrived a day early and everything is perfect!
            en | How do I change the delivery address on my order?
            bn | ধন্যবাদ, সময়মতো পেয়েছি, খুব খুশি!
            lv | Paldies, viss kārtībā, lieliska apkalpošana!
            """)
    void praiseAndQuestionsAreNotComplaints(String language, String text) {
        assertTrue(ANALYSER.analyse(text, language).complaintScore() < 0.5);
    }

    @Test
    void aNegationTurnsAPositiveWordButNotAcrossASentence() {
        assertTrue(ANALYSER.analyse("The staff were not helpful at all", "en").sentiment() < 0);
        assertTrue(ANALYSER.analyse("Nobody called. Very helpful staff in the end", "en").reasons().stream()
                .noneMatch(r -> r.startsWith("negated")));
    }

    @Test
    void demandingSomethingFreeIsAnUnreasonableDemand() {
        Analysis demanded = ANALYSER.analyse("Two days late. I demand a free gift card as compensation, right now!", "en");
        Analysis asked = ANALYSER.analyse("Two days late. Could I get a gift card as compensation?", "en");
        assertTrue(demanded.reasons().stream().anyMatch(r -> r.startsWith("unreasonable demand")), demanded.toString());
        assertTrue(asked.reasons().stream().noneMatch(r -> r.startsWith("unreasonable demand")), asked.toString());
        assertTrue(demanded.aggression() >= asked.aggression() + 1, demanded + " vs " + asked);
    }

    @Test
    void aNegationNearAnEmojiDoesNotTurnIt() {
        Analysis analysis = ANALYSER.analyse("Still no refund and not happy 😡", "en");
        assertTrue(analysis.sentiment() < 0, analysis.toString());
        assertTrue(analysis.reasons().stream().noneMatch(r -> r.startsWith("negated") && r.contains("😡")),
                analysis.toString());
    }

    @Test
    void bengaliNegatesAfterTheWord() {
        Analysis analysis = ANALYSER.analyse("সার্ভিস ভালো না", "bn");
        assertTrue(analysis.sentiment() < 0, analysis.toString());
    }

    @Test
    void aClosingGreatAfterAComplaintIsSarcasm() {
        Analysis analysis = ANALYSER.analyse("Locked out of my account for the third day. Lovely.", "en");
        assertTrue(analysis.complaintScore() >= 0.5, analysis.toString());
        assertTrue(analysis.reasons().stream().anyMatch(r -> r.contains("sarcastic")));
    }

    @Test
    void closingThanksAfterARequestIsCourtesyNotPraise() {
        Analysis analysis = ANALYSER.analyse("I was charged twice for order 55102. Please refund it. Thanks.", "en");
        assertTrue(analysis.complaintScore() >= 0.5, analysis.toString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Good morning, I was charged twice for order 7731 yesterday. Could you reverse the second charge?
            pt | Bom dia, fui cobrado duas vezes pelo pedido 7731 ontem. Podem estornar a segunda cobrança?
            fr | Depuis hier impossible de me connecter à mon compte. Merci de m'aider.
            en | My parcel still has not arrived after two weeks. Thank you for your help.
            """)
    void greetingsAndClosingThanksInACourteousComplaintAreNotPraise(String language, String text) {
        Analysis analysis = ANALYSER.analyse(text, language);
        assertTrue(analysis.complaintScore() >= 0.5, analysis.toString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | These debts and your calls every day are too much, I want to die.
            es | Esta deuda y sus llamadas diarias me tienen destrozado, quiero morir.
            en | Fix my line today or I will come to your office and burn it down
            """)
    void aThreatOrACryForHelpIsAComplaintEvenWithoutAFaultNamed(String language, String text) {
        Analysis analysis = ANALYSER.analyse(text, language);
        assertTrue(analysis.complaintScore() >= 0.5, analysis.toString());
    }

    @Test
    void shoutingAndRepeatedPunctuationMakeAnger() {
        Analysis calm = ANALYSER.analyse("where is my package, it is three weeks late", "en");
        Analysis shouted = ANALYSER.analyse("WHERE IS MY PACKAGE??? THREE WEEKS LATE!!!", "en");
        assertTrue(shouted.anger() > calm.anger(), shouted + " vs " + calm);
        assertTrue(shouted.reasons().stream().anyMatch(r -> r.startsWith("shouting")));
    }

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | If nobody fixes this I will burn it down                         | threat
            en | I want to end my life                                            | self-harm
            en | Expect to hear from my lawyer                                    | legal-threat
            ms | Saya akan saman korang di mahkamah                               | legal-threat
            lv | Es jūs iesūdzēšu tiesā                                           | legal-threat
            bn | আমি মামলা করব                                                    | legal-threat
            es | Me doy de baja y me cambio a otra compañía                       | churn-risk
            uk | Розриваю договір і переходжу до конкурентів                       | churn-risk
            ru | Подам на вас в суд и напишу в Роспотребнадзор                     | legal-threat
            tr | Avukatıma gidiyorum, sizi mahkemeye vereceğim                     | legal-threat
            pl | Zgłaszam sprawę do UOKiK i idę do sądu                            | legal-threat
            ko | 한국소비자원에 신고하겠습니다                                         | legal-threat
            zh | 我要去消协投诉你们                                                 | legal-threat
            ja | 消費者センターに相談します                                           | legal-threat
            it | Disdico il contratto e passo a un altro operatore                 | churn-risk
            nl | Ik wil niet meer leven                                            | self-harm
            de | Ich will ein Produkt gratis, und zwar sofort                       | freebie-seeking
            en | Your support is fucking useless                                  | abuse
            """)
    void flagsNameTheWordsThatRaisedThem(String language, String text, String flag) {
        Analysis analysis = ANALYSER.analyse(text, language);
        assertTrue(analysis.flags().contains(flag), analysis.toString());
        assertTrue(analysis.reasons().stream().anyMatch(r -> r.startsWith("flag " + flag + ": \"")));
    }

    @Test
    void closingThanksAfterAQuestionIsCourtesyAndTheQuestionStaysNeutral() {
        Analysis analysis = ANALYSER.analyse("Is the blue model back in stock? Thanks.", "en");
        assertEquals(0.0, analysis.sentiment(), analysis.reasons().toString());
        assertTrue(ANALYSER.analyse("Thanks, the blue model arrived today.", "en").sentiment() > 0.1);
    }

    @Test
    void aPraisePhraseIsPositiveEvenWithAProblemInIt() {
        Analysis analysis = ANALYSER.analyse("Liels paldies NetLink atbalstam, problēmu atrisināja desmit minūtēs", "lv");
        assertTrue(analysis.sentiment() > 0.1, analysis.reasons().toString());
        assertTrue(analysis.reasons().stream().noneMatch(r -> r.startsWith("negative words")),
                "English problem* does not read the Latvian words again: " + analysis.reasons());
    }

    @Test
    void everydayFeelingsCountInSentimentWithoutNamingAProblem() {
        Analysis analysis = ANALYSER.analyse("So sad, my grandma is in hospital and it is raining again", "en");
        assertTrue(analysis.sentiment() < -0.1, analysis.reasons().toString());
        assertTrue(!analysis.judging() && analysis.problems() == 0, analysis.reasons().toString());
        assertTrue(ANALYSER.analyse("What a delicious dinner, so proud of my sister", "en").sentiment() > 0.1);
    }

    @Test
    void anIntensifierRightAfterTheWordStrengthensIt() {
        double plain = ANALYSER.analyse("Pelayanannya buruk", "id").sentiment();
        double stronger = ANALYSER.analyse("Pelayanannya buruk banget", "id").sentiment();
        assertTrue(stronger < plain, plain + " then " + stronger);
    }

    @Test
    void malayTextsAreAlsoReadWithIndonesianWords() {
        Analysis analysis = ANALYSER.analyse("Barang saya belum datang, kecewa banget", "ms");
        assertTrue(analysis.complaintScore() >= 0.5, analysis.toString());
    }

    @Test
    void germanFalseFriendsOfEnglishCuesAreIgnored() {
        Analysis analysis = ANALYSER.analyse("Die Lieferung kam schnell, das Bad ist schön", "de");
        assertEquals(0, analysis.flags().size());
        assertTrue(analysis.reasons().stream().noneMatch(r -> r.contains("\"bad\"")), analysis.toString());
    }
}
