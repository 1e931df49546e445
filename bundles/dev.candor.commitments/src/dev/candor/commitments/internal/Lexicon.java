package dev.candor.commitments.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.candor.model.Language;

/**
 * The words of one language that make a promise and name a due time. Patterns work on
 * {@link #normalise(String) normalised} text: lower case, one kind of apostrophe.
 */
public record Lexicon(Language language, Pattern strong, Pattern weak, Pattern negation, Pattern conditional,
        Pattern today, Pattern tomorrow, Pattern dayAfterTomorrow, Pattern endOfWeek, Pattern nextWeek,
        Pattern relative, Map<String, Integer> numbers, List<String> hourWords, List<String> dayWords,
        List<String> weekWords, Pattern businessWord, Pattern weekday, Map<String, DayOfWeek> weekdayStems,
        Pattern dateInWords, List<String> monthStems, boolean monthFirst, Pattern morning, Pattern noon) {

    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS;

    /** How far before a promise verb a negation or condition still applies to it. */
    private static final int NEGATION_REACH = 24;

    public static final LocalTime NOON = LocalTime.NOON;

    static Pattern p(String regex) {
        return Pattern.compile(regex, FLAGS);
    }

    /** Lower case with apostrophes unified, so that "зв’яжуся" and "We’ll" match like "зв'яжуся", "we'll". */
    public static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u02bc', '\'').replace('`', '\'');
    }

    /** Whether the verb at {@code verbStart} is negated just before it, or the sentence makes it a condition. */
    public boolean isNegatedOrConditional(String sentence, int verbStart) {
        String before = sentence.substring(Math.max(0, verbStart - NEGATION_REACH), verbStart);
        if (negation.matcher(before).find()) {
            return true;
        }
        Matcher condition = conditional.matcher(sentence);
        return condition.find() && condition.start() < verbStart;
    }

    private static Map<String, Integer> numbers(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }

    private static Map<String, DayOfWeek> days(String... stems) {
        Map<String, DayOfWeek> map = new LinkedHashMap<>();
        for (int i = 0; i < stems.length; i++) {
            for (String stem : stems[i].split("\\|")) {
                map.put(stem, DayOfWeek.of(i + 1));
            }
        }
        return map;
    }

    private static String alternatives(Map<String, ?> words) {
        return String.join("|", words.keySet());
    }

    private static final Map<String, Integer> EN_NUMBERS = numbers("a", 1, "an", 1, "one", 1, "two", 2, "three", 3,
            "four", 4, "five", 5, "six", 6, "seven", 7, "ten", 10, "a couple of", 2, "a few", 3, "couple of", 2);
    private static final Map<String, DayOfWeek> EN_DAYS = days("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final String EN_VERBS = "call|ring|phone|send|e-?mail|mail|get back|follow up|check|look into|prepare"
            + "|deliver|confirm|fix|ship|update|share|arrange|schedule|book|contact|reply|respond|resolve|investigate"
            + "|review|forward|let you know|come back|write|visit|process|refund|issue|provide|sort|draft|organise"
            + "|organize|escalate|finish|complete|return|keep you (?:posted|updated|informed)|make sure|have|get|handle"
            + "|ask|take care of|deal with|pass on|sort out|come over|drop by";

    static final Lexicon ENGLISH = new Lexicon(Language.ENGLISH,
            p("\\b(?:i|we)(?:'ll| will| shall| am going to| are going to|'m going to|'re going to)\\s+(?:\\w+\\s+){0,2}?(?:"
                    + EN_VERBS + ")\\b|\\b(?:i|we)\\s+promise\\b|\\bpromised\\s+(?:to|that|him|her|them|the)\\b"
                    + "|\\b(?:i|we)(?:'ve| have)?\\s+(?:committed|agreed)\\s+to\\s+(?:" + EN_VERBS + ")\\b"
                    + "|\\byou(?:'ll| will)\\s+(?:receive|get|have|hear)\\b|\\byou can expect\\b"
                    + "|\\b(?:colleague|team|engineer|specialist|manager)\\s+will\\s+(?:" + EN_VERBS + ")\\b"
                    + "|\\bwill be (?:sent|delivered|shipped|ready|done|fixed|resolved|issued|refunded|credited)\\b"
                    + "|\\b(?:told|said|assured|promised)\\b.{0,40}\\b(?:i|we)(?:'d| would)\\s+(?:\\w+\\s+)?(?:" + EN_VERBS + ")\\b"),
            p("\\blet me\\s+(?:" + EN_VERBS + ")\\b|\\b(?:i|we)(?:'ll| will)\\b|^(?:please )?expect\\b|\\byou can expect\\b"),
            p("\\b(?:won't|will not|wont|can't|cannot|can not|couldn't|unable|not able|never|wouldn't|shan't|not)\\b"),
            p("^(?:if|unless|in case)\\b|\\b(?:if|unless|in case)\\b(?=[^,]*,)"),
            p("\\b(?:today|tonight|this (?:afternoon|evening)|end of (?:the )?(?:day|business)|eod|cob|later today)\\b"),
            p("\\btomorrow\\b"), p("\\bday after tomorrow\\b"),
            p("\\b(?:end of (?:the|this) week|this week|by the weekend)\\b"), p("\\bnext week\\b"),
            p("\\b(?:in|within)\\s+(?<n>\\d+|" + alternatives(EN_NUMBERS)
                    + ")\\s+(?<business>business |working )?(?<unit>hours?|days?|weeks?|minutes?)\\b"),
            EN_NUMBERS, List.of("hour"), List.of("day"), List.of("week"), p("business|working"),
            p("\\b(?<day>" + alternatives(EN_DAYS) + ")\\b"), EN_DAYS,
            p("\\b(?<m>january|february|march|april|may|june|july|august|september|october|november|december)\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?\\b"
                    + "|\\b(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m2>january|february|march|april|may|june|july|august|september|october|november|december)\\b"),
            List.of("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december"),
            false, p("\\b(?:morning|before lunch)\\b"), p("\\b(?:noon|midday|lunchtime)\\b"));

    private static final Map<String, Integer> RU_NUMBERS = numbers("один", 1, "одну", 1, "одного", 1, "два", 2,
            "две", 2, "двух", 2, "три", 3, "трёх", 3, "трех", 3, "четыре", 4, "пять", 5, "пару", 2, "несколько", 3);
    private static final Map<String, DayOfWeek> RU_DAYS = days("понедельник", "вторник", "среду|среды", "четверг",
            "пятниц", "суббот", "воскресень");
    private static final String RU_VERBS = "перезвоню|позвоню|отправлю|пришлю|вышлю|сообщу|напишу|подготовлю|проверю"
            + "|уточню|свяжусь|отвечу|передам|организую|исправлю|вернусь|согласую|подтвержу|направлю|предоставлю|оформлю"
            + "|решу|доставлю|перешлю|выставлю|верну|разберусь|займусь|дам знать|перезвоним|позвоним|отправим|пришл[её]м"
            + "|вышлем|сообщим|напишем|подготовим|проверим|уточним|свяжемся|ответим|передадим|организуем|исправим"
            + "|вернёмся|вернемся|согласуем|подтвердим|направим|предоставим|оформим|решим|доставим|перешл[её]м|выставим"
            + "|вернём|вернем|разберёмся|разберемся|дадим (?:вам )?знать|дам (?:вам )?знать";

    static final Lexicon RUSSIAN = new Lexicon(Language.RUSSIAN,
            p("\\b(?:" + RU_VERBS + ")\\b|\\b(?:по)?обеща(?:ю|ем|л|ла|ли)\\b|\\b(?:попрошу|попросим)\\b(?!\\s+(?:вас|тебя|вам))|\\bвы получите\\b|\\bбуд(?:ет|ут) (?:отправлен|готов|выслан|доставлен|исправлен)\\w*"),
            p("\\b(?:я|мы)\\s+(?:\\w+\\s+)?(?:буду|будем)\\b|\\b(?:постараюсь|постараемся|ждите|ожидайте)\\b"),
            p("\\bне\\b|\\bникогда\\b"), p("\\bесли\\b"),
            p("\\b(?:сегодня|до конца (?:рабочего )?дня|к концу (?:рабочего )?дня|вечером)\\b"),
            p("\\bзавтра\\b"), p("\\bпослезавтра\\b"),
            p("\\b(?:до конца недели|к концу недели|на этой неделе)\\b"),
            p("\\b(?:на следующей неделе|на будущей неделе|следующей неделе)\\b"),
            p("\\b(?:через|в течение|за)\\s+(?:(?<n>\\d+|" + alternatives(RU_NUMBERS)
                    + ")\\s+)?(?<business>рабочих |рабочего )?(?<unit>час\\w*|дн\\w*|день|сут\\w*|недел\\w*|минут\\w*)"),
            RU_NUMBERS, List.of("час"), List.of("дн", "день", "сут"), List.of("недел"), p("рабоч"),
            p("\\b(?:до|к|в|во|на)\\s+(?<day>(?:понедельник|вторник|среду|среды|четверг|пятниц|суббот|воскресень)\\w*)"),
            RU_DAYS,
            p("\\b(?<d>\\d{1,2})\\s+(?<m>январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\w*"),
            List.of("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр",
                    "декабр"),
            false, p("\\b(?:утром|до обеда|с утра)\\b"), p("\\b(?:к обеду|в обед|в полдень)\\b"));

    private static final Map<String, Integer> UK_NUMBERS = numbers("один", 1, "одну", 1, "одного", 1, "два", 2,
            "дві", 2, "двох", 2, "три", 3, "трьох", 3, "чотири", 4, "п'ять", 5, "пару", 2, "кілька", 3);
    private static final Map<String, DayOfWeek> UK_DAYS = days("понеділ", "вівтор", "серед", "четвер", "п'ятниц",
            "субот", "неділ");
    private static final String UK_VERBS = "передзвоню|зателефоную|надішлю|відправлю|повідомлю|напишу|підготую|перевірю"
            + "|уточню|зв'яжуся|відповім|передам|організую|виправлю|повернуся|погоджу|підтверджу|надам|оформлю|вишлю"
            + "|вирішу|доставлю|перешлю|виставлю|поверну|розберуся|займуся|дам знати|передзвонимо|зателефонуємо|надішлемо"
            + "|відправимо|повідомимо|напишемо|підготуємо|перевіримо|уточнимо|зв'яжемося|відповімо|передамо|організуємо"
            + "|виправимо|повернемося|погодимо|підтвердимо|надамо|оформимо|вишлемо|вирішимо|доставимо|перешлемо"
            + "|виставимо|повернемо|розберемося|дамо (?:вам )?знати|дам (?:вам )?знати";

    static final Lexicon UKRAINIAN = new Lexicon(Language.UKRAINIAN,
            p("\\b(?:" + UK_VERBS + ")\\b|\\b(?:по)?обіця(?:ю|ємо|в|ла|ли)\\b|\\b(?:попрошу|попросимо)\\b(?!\\s+(?:вас|тебе|вам))|\\bви отримаєте\\b|\\bбуд(?:е|уть) (?:надіслан|готов|відправлен|доставлен|виправлен)\\w*"),
            p("\\b(?:я|ми)\\s+(?:\\w+\\s+)?(?:буду|будемо)\\b|\\b(?:постараюся|постараємося|чекайте|очікуйте)\\b"),
            p("\\bне\\b|\\bніколи\\b"), p("\\bякщо\\b"),
            p("\\b(?:сьогодні|до кінця (?:робочого )?дня|ввечері)\\b"),
            p("\\bзавтра\\b"), p("\\bпіслязавтра\\b"),
            p("\\b(?:до кінця тижня|на цьому тижні)\\b"), p("\\b(?:на наступному тижні|наступного тижня)\\b"),
            p("\\b(?:через|протягом|за)\\s+(?:(?<n>\\d+|" + alternatives(UK_NUMBERS)
                    + ")\\s+)?(?<business>робочих |робочого )?(?<unit>годин\\w*|дн\\w*|день|доб\\w*|тиж\\w*|хвилин\\w*)"),
            UK_NUMBERS, List.of("годин"), List.of("дн", "день", "доб"), List.of("тиж"), p("робоч"),
            p("\\b(?:до|в|у|на)\\s+(?<day>(?:понеділ|вівтор|серед|четвер|п'ятниц|субот|неділ)\\w*)"), UK_DAYS,
            p("\\b(?<d>\\d{1,2})\\s+(?<m>січн|лют|березн|квітн|травн|червн|липн|серпн|вересн|жовтн|листопад|грудн)\\w*"),
            List.of("січн", "лют", "березн", "квітн", "травн", "червн", "липн", "серпн", "вересн", "жовтн", "листопад",
                    "грудн"),
            false, p("\\b(?:зранку|вранці|до обіду)\\b"), p("\\b(?:до обіду|опівдні)\\b"));

    private static final Map<String, Integer> PL_NUMBERS = numbers("jeden", 1, "jedną", 1, "jednego", 1, "dwa", 2,
            "dwie", 2, "dwóch", 2, "trzy", 3, "trzech", 3, "cztery", 4, "pięć", 5, "kilka", 3, "parę", 2);
    private static final Map<String, DayOfWeek> PL_DAYS = days("poniedział", "wtor", "środ", "czwart", "piąt", "sobot",
            "niedziel");
    private static final String PL_VERBS = "oddzwonię|zadzwonię|wyślę|prześlę|przygotuję|sprawdzę|napiszę|potwierdzę"
            + "|odezwę się|skontaktuję się|odpowiem|przekażę|zorganizuję|naprawię|poprawię|dostarczę|wrócę|ustalę|dam znać"
            + "|wystawię|załatwię|zajmę się|oddzwonimy|zadzwonimy|wyślemy|prześlemy|przygotujemy|sprawdzimy|napiszemy"
            + "|potwierdzimy|odezwiemy się|skontaktujemy się|odpowiemy|przekażemy|zorganizujemy|naprawimy|poprawimy"
            + "|dostarczymy|wrócimy|ustalimy|damy znać|wystawimy|załatwimy|zajmiemy się|zwrócimy|zwrócę";

    static final Lexicon POLISH = new Lexicon(Language.POLISH,
            p("\\b(?:" + PL_VERBS + ")\\b|\\bpopro(?:szę|simy)\\b(?!\\s+(?:pana|panią|państwa|cię|o)\\b)|\\bobiecuj(?:ę|emy)\\b|\\bobieca(?:łem|łam|liśmy|łyśmy|ł|ła)\\b"
                    + "|\\b(?:otrzyma|dostanie) (?:pan|pani)\\b|\\b(?:otrzymają|dostaną) państwo\\b|\\botrzymacie\\b"
                    + "|\\bzostanie (?:wysłan|przygotowan|dostarczon|naprawion|wystawion|zwrócon)\\w*"),
            p("\\b(?:będę|będziemy)\\s+(?:\\w+\\s+)?\\w+(?:ć|ł|ła|li)\\b|\\bpostaram(?:y)? się\\b|\\bspodziewać się\\b"
                    + "|\\bproszę (?:oczekiwać|czekać)\\b"),
            p("\\bnie\\b|\\bnigdy\\b"), p("\\b(?:jeśli|jeżeli|gdyby)\\b"),
            p("\\b(?:dzisiaj|dziś|do końca dnia|wieczorem|jeszcze dziś)\\b"),
            p("\\bjutr(?:o|a)\\b"), p("\\bpojutrze\\b"),
            p("\\b(?:do końca tygodnia|w tym tygodniu)\\b"), p("\\b(?:w przyszłym tygodniu|w następnym tygodniu)\\b"),
            p("\\b(?:za|w ciągu|w przeciągu)\\s+(?:(?<n>\\d+|" + alternatives(PL_NUMBERS)
                    + ")\\s+)?(?<business>dni roboczych |roboczych |roboczego )?(?<unit>godzin\\w*|dni|dnia|dzień|tydzień|tygodni\\w*|minut\\w*)"),
            PL_NUMBERS, List.of("godzin"), List.of("dni", "dzie"), List.of("tydz", "tygod"), p("robocz"),
            p("\\b(?:do|w|we|na)\\s+(?<day>(?:poniedział|wtor|środ|czwart|piąt|sobot|niedziel)\\w*)"), PL_DAYS,
            p("\\b(?<d>\\d{1,2})\\s+(?<m>styczni|lut|marc|kwietni|maj|czerwc|lipc|sierpni|wrześni|październik|listopad|grudni)\\w*"),
            List.of("styczni", "lut", "marc", "kwietni", "maj", "czerwc", "lipc", "sierpni", "wrześni", "październik",
                    "listopad", "grudni"),
            false, p("\\b(?:rano|przed południem|z rana)\\b"), p("\\b(?:do południa|w południe)\\b"));

    private static final Map<String, Integer> HU_NUMBERS = numbers("egy", 1, "két", 2, "kettő", 2, "három", 3,
            "négy", 4, "öt", 5, "pár", 2, "néhány", 3);
    private static final Map<String, DayOfWeek> HU_DAYS = days("hétfő", "kedd", "szerd", "csütörtök", "péntek",
            "szombat", "vasárnap");
    private static final String HU_VERBS = "visszahívom|felhívom|elküldöm|átküldöm|megküldöm|megnézem|ellenőrzöm"
            + "|előkészítem|elkészítem|megírom|jelentkezem|visszajelzek|megerősítem|kijavítom|elintézem|továbbítom"
            + "|leszállítom|megoldom|értesítem|tájékoztatom|visszatérek|kiállítom|visszautalom|utánanézek|intézem"
            + "|visszahívjuk|felhívjuk|elküldjük|átküldjük|megküldjük|megnézzük|ellenőrizzük|előkészítjük|elkészítjük"
            + "|megírjuk|jelentkezünk|visszajelzünk|megerősítjük|kijavítjuk|elintézzük|továbbítjuk|leszállítjuk"
            + "|megoldjuk|értesítjük|tájékoztatjuk|visszatérünk|kiállítjuk|visszautaljuk|utánanézünk|intézzük";

    static final Lexicon HUNGARIAN = new Lexicon(Language.HUNGARIAN,
            p("\\b(?:" + HU_VERBS + ")\\b|\\bmegkér(?:em|jük)\\b(?!\\s+önt)|\\b(?:meg)?ígér(?:em|jük|tem|tük)\\b|\\bígéretet tettem\\b"
                    + "|\\b(?:meg fogja kapni|megkapja|megkapják|meg fogják kapni)\\b"
                    + "|\\b\\w+ni fog(?:ok|om|unk|juk)\\b|\\bfog(?:ok|om|unk|juk)\\s+\\w+ni\\b"),
            p("\\b(?:küldöm|hívom|nézem|írom|küldjük|hívjuk|nézzük|írjuk|igyekszem|igyekszünk|számíthat(?:nak)?)\\b"),
            p("\\bnem\\b|\\bsoha\\b|\\bsem\\b"), p("\\bha\\b"),
            p("\\b(?:ma|még ma|a mai nap(?:on)?|a nap végéig|munkaidő végéig|ma este)\\b"),
            p("\\bholnap\\w*"), p("\\bholnapután\\w*"),
            p("\\b(?:a hét végéig|hét végéig|ezen a héten|e héten)\\b"), p("\\b(?:jövő héten|a jövő héten|következő héten)\\b"),
            p("\\b(?<n>\\d+|" + alternatives(HU_NUMBERS)
                    + ")\\s+(?<business>munka)?(?<unit>órá\\w*|óra|nap\\w*|hét|hete\\w*|héten|perc\\w*)\\s*(?:belül|múlva|alatt)"),
            HU_NUMBERS, List.of("ór"), List.of("nap"), List.of("hét", "het"), p("munka"),
            p("\\b(?<day>(?:hétfő|kedd|szerd|csütörtök|péntek|szombat|vasárnap)\\w*)"), HU_DAYS,
            p("\\b(?<m>január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)\\s+(?<d>\\d{1,2})\\b"),
            List.of("január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
                    "október", "november", "december"),
            true, p("\\b(?:reggel|délelőtt)\\b"), p("\\b(?:délig|délben)\\b"));

    /** English first: English words inside another language's text are rarer than the reverse. */
    public static final List<Lexicon> ALL = List.of(ENGLISH, RUSSIAN, UKRAINIAN, POLISH, HUNGARIAN);
    private static final List<Lexicon> UKRAINIAN_FIRST = List.of(ENGLISH, UKRAINIAN, RUSSIAN, POLISH, HUNGARIAN);

    /** The lexicons to try on a sentence: Ukrainian before Russian when it has letters only Ukrainian uses. */
    public static List<Lexicon> inOrderFor(String sentence) {
        boolean cyrillic = false;
        boolean latin = false;
        boolean ukrainian = false;
        for (int i = 0, n = sentence.length(); i < n && !(latin && cyrillic && ukrainian); i++) {
            char c = sentence.charAt(i);
            if (c >= '\u0400' && c <= '\u04ff') {
                cyrillic = true;
                ukrainian |= c == 'і' || c == 'ї' || c == 'є' || c == 'ґ';
            } else if (c >= 'a' && c <= 'z' || c >= '\u00c0' && c <= '\u024f') {
                latin = true;
            }
        }
        // a language's words can only be found in its own script: skip the others' patterns
        if (cyrillic && !latin) {
            return ukrainian ? UKRAINIAN_FIRST_CYRILLIC : CYRILLIC;
        }
        if (latin && !cyrillic) {
            return LATIN;
        }
        return ukrainian ? UKRAINIAN_FIRST : ALL;
    }

    private static final List<Lexicon> CYRILLIC = List.of(RUSSIAN, UKRAINIAN);
    private static final List<Lexicon> UKRAINIAN_FIRST_CYRILLIC = List.of(UKRAINIAN, RUSSIAN);
    private static final List<Lexicon> LATIN = List.of(ENGLISH, POLISH, HUNGARIAN);
}
