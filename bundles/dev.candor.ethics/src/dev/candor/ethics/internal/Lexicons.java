package dev.candor.ethics.internal;

/**
 * The words the built-in checks look for, in English, Russian, Ukrainian,
 * Polish and Hungarian (see {@link PhraseIndex} for the notation). Every
 * language is looked for in every text: a Polish e-mail may well say "ASAP".
 * Tuned on the development corpus of dev.candor.ethics.tests; words that also
 * have an innocent meaning in one of the languages are left out.
 */
public final class Lexicons {

    private Lexicons() {
    }

    /** A greeting at the start of a message. */
    public static final PhraseIndex GREETING = new PhraseIndex()
            .add("en", "hello", "hi", "dear", "good morning", "good afternoon", "good evening", "greetings", "hey")
            .add("ru", "здравствуйте", "добрый день", "доброе утро", "добрый вечер", "уважаем*", "приветствую",
                    "привет", "доброго дня")
            .add("uk", "добрий день", "доброго дня", "вітаю", "шановн*", "доброго ранку", "добрий вечір", "привіт",
                    "добридень")
            .add("pl", "dzień dobry", "szanown*", "witam", "cześć", "dobry wieczór", "witaj*")
            .add("hu", "tisztelt", "kedves", "jó napot", "üdvözlöm", "szia", "jó reggelt", "jó estét", "szervusz*",
                    "helló");

    /** A closing at the end of a message. */
    public static final PhraseIndex CLOSING = new PhraseIndex()
            .add("en", "regards", "sincerely", "thank you", "thanks", "best wishes", "all the best", "yours",
                    "have a nice day", "have a good day", "cheers")
            .add("ru", "с уважением", "спасибо", "благодарю", "всего доброго", "хорошего дня", "всего хорошего",
                    "хорошего вечера", "до свидания")
            .add("uk", "з повагою", "дякую", "гарного дня", "всього найкращого", "всього доброго", "до побачення",
                    "гарного вечора", "щиро")
            .add("pl", "pozdrawiam", "z poważaniem", "dziękuję", "miłego dnia", "serdeczności", "pozdrowienia",
                    "do usłyszenia", "łączę pozdrowienia")
            .add("hu", "üdvözlettel", "tisztelettel", "köszönöm", "szép napot", "további szép", "minden jót",
                    "köszönettel", "viszonthallásra");

    /** Slang, chat shorthand and jargon a customer should not have to decode. */
    public static final PhraseIndex SLANG = new PhraseIndex()
            .add("en", "asap", "gonna", "wanna", "gotta", "lol", "btw", "fyi", "imo", "circle back", "touch base",
                    "ping me", "ping you", "synergy", "leverage our", "low-hanging fruit", "ballpark", "dude", "bro",
                    "no worries mate", "pls", "plz", "thx", "kinda", "sorta", "deep dive", "bandwidth",
                    "going forward")
            .add("ru", "щас", "норм", "инфа", "инфу", "спс", "плиз", "чел", "короче", "апдейт*", "пофикс*", "зафикс*",
                    "заапрув*", "фидбек*", "сорян", "ваще", "ок", "окей", "юзер*", "комп", "комп*", "кста",
                    "прога", "прогу", "чекн*", "асап", "созвонимся на неделе")
            .add("uk", "шо", "інфа", "інфу", "пофікс*", "зафікс*", "апрув*", "сорі", "чувак", "короч", "фідбек*",
                    "юзер*", "прога", "прогу", "чекн*", "ок", "окей", "норм")
            .add("pl", "spoko", "nara", "siema", "ogarn*", "sorki", "elo", "ziom*", "czaisz", "ficzer*",
                    "zdeploy*", "oki", "okej", "mega", "fajowo", "zajebi*", "luz", "na luzie", "asap",
                    "apdejt*", "zapingować", "wbijać")
            .add("hu", "asszem", "tök", "csá", "cucc*", "bocsi", "meló*", "oké", "okés", "szupcsi",
                    "naja", "asap", "lájk*", "brutál", "csekkol*", "fixál*", "szevasz");

    /** Pressure and urgency tactics. */
    public static final PhraseIndex PRESSURE = new PhraseIndex()
            .add("en", "only today", "today only", "last chance", "act now", "decide now", "decide today",
                    "before it's too late", "you'll regret", "you will regret", "limited time", "won't last",
                    "hurry", "offer expires", "everyone is buying", "sign today or", "now or never", "final offer",
                    "don't miss out", "only a few left")
            .add("ru", "только сегодня", "последний шанс", "успейте", "пожалеет*", "предложение сгорит",
                    "решайтесь", "решайте сейчас", "решите сегодня", "нужно решить сегодня", "иначе цена",
                    "осталось всего", "не упустите", "сейчас или никогда", "торопитесь", "поспешите")
            .add("uk", "тільки сьогодні", "лише сьогодні", "останній шанс", "встигніть", "пошкоду*",
                    "пропозиція згорить", "вирішуйте зараз", "вирішіть сьогодні", "інакше ціна", "залишилось лише",
                    "залишилося лише", "не проґавте", "не пропустіть", "зараз або ніколи", "поспішайте")
            .add("pl", "tylko dzisiaj", "tylko dziś", "ostatnia szansa", "pospiesz*", "pośpiesz*", "pożałuje*",
                    "oferta wygasa", "oferta wygaśnie", "zostało tylko", "musi pan zdecydować", "musi pani zdecydować",
                    "decyzja dziś", "teraz albo nigdy", "nie przegap*", "zdecyduj się")
            .add("hu", "csak ma", "utolsó esély", "utolsó lehetőség", "siessen", "megbánja", "lejár az ajánlat",
                    "most kell döntenie", "ne hagyja ki", "most vagy soha", "azonnal döntsön", "ne habozzon");

    /** Rude, aggressive or emotional words towards the customer. */
    public static final PhraseIndex EMOTION = new PhraseIndex()
            .add("en", "stupid", "idiot*", "ridiculous", "shut up", "calm down", "are you kidding", "how many times",
                    "your fault", "i told you", "nonsense", "damn", "hell", "for god's sake", "pathetic",
                    "you people", "i'm sick of", "absurd")
            .add("ru", "глуп*", "идиот*", "бред", "сколько можно", "сколько раз", "сами виноваты", "я же говорил*",
                    "успокойтесь", "чушь", "достали", "надоели", "безобразие", "черт", "чёрт", "с ума сошли")
            .add("uk", "дурн*", "ідіот*", "маячня", "скільки можна", "скільки разів", "самі винні", "я ж казав*",
                    "заспокойтеся", "дістали", "набридли", "нісенітниц*", "чорт", "з глузду з'їхали")
            .add("pl", "głup*", "idiot*", "bzdur*", "ile razy", "sam pan jest winny", "sama pani jest winna",
                    "mówiłem przecież", "mówiłam przecież", "proszę się uspokoić", "uspokój się", "absurd*",
                    "mam dość", "do diabła", "cholera", "żenujące")
            .add("hu", "hülye*", "idióta*", "ostobaság*", "hányszor", "maga a hibás", "ön a hibás", "megmondtam",
                    "nyugodjon meg", "nevetséges", "elegem van", "a fenébe", "abszurd", "szánalmas");

    /** Words that run a competitor down (looked for in the sentence that names one). */
    public static final PhraseIndex DISPARAGING = new PhraseIndex()
            .add("en", "worse", "worst", "terrible", "awful", "unreliable", "scam*", "cheat*", "rip off", "rip-off", "rip you off", "ripped off", "ripping off",
                    "incompetent", "amateur*", "junk", "garbage", "crook*", "don't trust", "can't be trusted",
                    "lousy", "useless", "joke", "rubbish", "shady", "dishonest")
            .add("ru", "хуже", "ужасн*", "ненадёжн*", "ненадежн*", "мошенн*", "обманыва*", "некомпетентн*",
                    "дилетант*", "барахл*", "халтур*", "не доверяйте", "жулик*", "отвратительн*", "шарашк*",
                    "непорядочн*")
            .add("uk", "гірш*", "жахлив*", "ненадійн*", "шахра*", "ошук*", "некомпетентн*", "дилетант*", "мотлох*",
                    "халтур*", "не довіряйте", "непорядн*", "шарашк*", "жалюгідн*")
            .add("pl", "gorsz*", "fataln*", "okropn*", "niesolidn*", "oszuk*", "oszust*", "oszuś*", "niekompetentn*",
                    "amator*", "bubl*", "szmelc*", "nie ufaj*", "partacz*", "kiepsk*", "beznadziejn*", "nieuczciw*")
            .add("hu", "rosszabb*", "borzalmas*", "megbízhatatlan*", "csaló*", "átver*", "amatőr*", "bóvli*",
                    "ne bízz*", "kontár*", "pocsék*", "silány*", "tisztességtelen*", "hozzá nem értő*");

    /** Words that say a number is an identity document's. */
    public static final PhraseIndex PASSPORT = new PhraseIndex()
            .add("en", "passport*", "id card", "identity card", "national insurance", "driving licence",
                    "driver's license", "social security")
            .add("ru", "паспорт*", "снилс", "удостоверени*", "водительск*")
            .add("uk", "паспорт*", "посвідченн*", "ідентифікаційн*", "рнокпп", "іпн")
            .add("pl", "paszport*", "dowód*", "dowodu", "dowodem", "pesel*", "prawo jazdy", "prawa jazdy")
            .add("hu", "útlevél*", "útlevel*", "személyi*", "adóazonosító*", "taj", "jogosítvány*");
}
