package dev.candor.demo;

import dev.candor.model.Language;

/**
 * Names, places and phrases per language, written for Candor's demo data. The
 * interaction texts deliberately show good and bad service (greetings,
 * promises with and without dates, pressure, jargon) so that reviews and
 * promise detection have something real to work on.
 */
final class Corpus {

    final Language language;
    final String country;
    final String phonePrefix;
    final String domain;
    final String[] firstNames;
    final String[] lastNames;
    final String[] cities;
    final String[] companyStems;
    final String companyPattern;
    final String[] subjects;
    final String[] openings;
    final String[] bodies;
    final String[] promises;
    final String[] closings;
    final String[] tags;
    final String[] trades;

    private Corpus(Language language, String country, String phonePrefix, String domain, String[] firstNames,
            String[] lastNames, String[] cities, String[] companyStems, String companyPattern, String[] subjects,
            String[] openings, String[] bodies, String[] promises, String[] closings, String[] tags,
            String[] trades) {
        this.language = language;
        this.country = country;
        this.phonePrefix = phonePrefix;
        this.domain = domain;
        this.firstNames = firstNames;
        this.lastNames = lastNames;
        this.cities = cities;
        this.companyStems = companyStems;
        this.companyPattern = companyPattern;
        this.subjects = subjects;
        this.openings = openings;
        this.bodies = bodies;
        this.promises = promises;
        this.closings = closings;
        this.tags = tags;
        this.trades = trades;
    }

    static final Corpus[] ALL = {
        new Corpus(Language.ENGLISH, "United Kingdom", "+44 20", "co.uk",
            new String[] { "Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Emily", "Thomas", "Sophie", "James", "Grace" },
            new String[] { "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Evans", "Thomas", "Roberts", "Walker" },
            new String[] { "London", "Manchester", "Birmingham", "Leeds", "Bristol", "Edinburgh", "Cardiff", "Belfast" },
            new String[] { "Northwind", "Blue Harbour", "Kingsbridge", "Oakfield", "Riverside", "Greenway", "Silverline", "Hartley" },
            "%s Ltd",
            new String[] { "Renewal of the service contract", "Question about the last invoice", "Delivery delayed", "Request for a quotation",
                "Complaint about the installation", "Onboarding call", "Quarterly review", "Change of billing address", "Product demo follow-up" },
            new String[] { "Good morning, thank you for calling Candor support.", "Hello Mr %s, thanks for getting in touch.",
                "Hi, I'm sorry to hear about the trouble.", "Dear %s, thank you for your message." },
            new String[] { "The customer asked why the invoice was higher than last month; I explained the new usage tier.",
                "The delivery was two days late because of a stock shortage at our warehouse, which was our mistake.",
                "They want to compare our offer with another supplier before they decide.",
                "The installer left without testing the connection; the customer is understandably upset.",
                "We went through the roadmap and the limits of the current plan, including the data retention risk.",
                "The customer mentioned that a colleague at another firm recommended us." },
            new String[] { "I will call you back tomorrow with the corrected figures.", "We'll send the revised offer by Friday.",
                "I will check with the warehouse and get back to you within two hours.", "I'll look into it and let you know.",
                "You will receive the credit note by 15 March." },
            new String[] { "Thank you for your patience, have a good day.", "Please let me know if there is anything else.",
                "Kind regards, and thanks again for your feedback.", "Speak soon." },
            new String[] { "VIP", "enterprise", "reseller", "new", "at risk", "public sector" },
            new String[] { "Logistics", "Consulting", "Software", "Foods", "Engineering", "Print", "Energy", "Retail", "Medical", "Property" }),
        new Corpus(Language.RUSSIAN, "Россия", "+7 495", "ru",
            new String[] { "Александр", "Елена", "Дмитрий", "Ольга", "Сергей", "Наталья", "Андрей", "Татьяна", "Пётр", "Юлия", "Михаил", "Анна" },
            new String[] { "Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Ёлкин", "Морозов", "Волков", "Фёдоров", "Павлов", "Семёнов" },
            new String[] { "Москва", "Санкт-Петербург", "Казань", "Новосибирск", "Екатеринбург", "Нижний Новгород", "Самара", "Ростов-на-Дону" },
            new String[] { "Северный ветер", "Альфа-Логистик", "Ёлка", "Промтех", "Волга-Сервис", "Стройинвест", "Медиа-Плюс", "Уралсталь" },
            "ООО «%s»",
            new String[] { "Продление договора обслуживания", "Вопрос по последнему счёту", "Задержка поставки", "Запрос коммерческого предложения",
                "Жалоба на установку", "Вводная встреча", "Ежеквартальный обзор", "Смена реквизитов", "Повторный звонок после демонстрации" },
            new String[] { "Добрый день, спасибо, что позвонили в Candor.", "Здравствуйте, %s, благодарю за обращение.",
                "Здравствуйте! Мне жаль, что возникли трудности.", "Уважаемый %s, спасибо за ваше письмо." },
            new String[] { "Клиент спросил, почему счёт выше, чем в прошлом месяце; я объяснил новый тариф.",
                "Поставка задержалась на два дня из-за нехватки на складе — это наша ошибка.",
                "Клиент хочет сравнить наше предложение с другим поставщиком.",
                "Монтажник ушёл, не проверив подключение; клиент справедливо недоволен.",
                "Обсудили план развития и ограничения текущего тарифа, в том числе риски хранения данных." },
            new String[] { "Я перезвоню вам завтра с исправленными цифрами.", "Мы пришлём обновлённое предложение до пятницы.",
                "Я уточню на складе и свяжусь с вами в течение двух часов.", "Я разберусь и сообщу вам." },
            new String[] { "Спасибо за терпение, хорошего дня!", "Если будут вопросы, пишите.", "С уважением и благодарностью за отзыв." },
            new String[] { "VIP", "ключевой", "дилер", "новый", "под угрозой" },
            new String[] { "Логистик", "Консалт", "Софт", "Продукт", "Инжиниринг", "Принт", "Энерго", "Торг", "Мед", "Строй" }),
        new Corpus(Language.UKRAINIAN, "Україна", "+380 44", "ua",
            new String[] { "Олександр", "Олена", "Дмитро", "Ольга", "Сергій", "Наталія", "Андрій", "Тетяна", "Юрій", "Ірина", "Михайло", "Ганна" },
            new String[] { "Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник", "Мельник", "Петренко", "Савчук", "Гнатюк", "Лисенко", "Руденко" },
            new String[] { "Київ", "Львів", "Одеса", "Харків", "Дніпро", "Запоріжжя", "Вінниця", "Івано-Франківськ" },
            new String[] { "Київська зоря", "Дніпро-Транс", "Карпати Агро", "Світанок", "Полісся-Ліс", "Їжак Софт", "Степ-Енерго", "Галицька кава" },
            "ТОВ «%s»",
            new String[] { "Продовження договору обслуговування", "Питання щодо останнього рахунку", "Затримка постачання", "Запит комерційної пропозиції",
                "Скарга на встановлення", "Вступна зустріч", "Щоквартальний огляд", "Зміна реквізитів" },
            new String[] { "Добрий день, дякуємо, що зателефонували до Candor.", "Вітаю, %s, дякую за звернення.",
                "Доброго дня! Мені шкода, що виникли труднощі.", "Шановний %s, дякуємо за ваш лист." },
            new String[] { "Клієнт запитав, чому рахунок більший, ніж минулого місяця; я пояснив новий тариф.",
                "Постачання затрималося на два дні через нестачу на складі — це наша помилка.",
                "Клієнт хоче порівняти нашу пропозицію з іншим постачальником.",
                "Обговорили обмеження поточного тарифу та ризики зберігання даних." },
            new String[] { "Я передзвоню вам завтра з виправленими цифрами.", "Ми надішлемо оновлену пропозицію до п’ятниці.",
                "Я уточню на складі й зв’яжуся з вами протягом двох годин." },
            new String[] { "Дякую за терпіння, гарного дня!", "Якщо будуть питання, пишіть.", "З повагою та вдячністю за відгук." },
            new String[] { "VIP", "ключовий", "дилер", "новий" },
            new String[] { "Логістик", "Консалт", "Софт", "Продукт", "Інжиніринг", "Друк", "Енерго", "Торг", "Мед", "Буд" }),
        new Corpus(Language.POLISH, "Polska", "+48 22", "pl",
            new String[] { "Jan", "Anna", "Piotr", "Katarzyna", "Łukasz", "Małgorzata", "Paweł", "Agnieszka", "Michał", "Zofia", "Krzysztof", "Ewa" },
            new String[] { "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Żółkiewski" },
            new String[] { "Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Szczecin", "Bydgoszcz" },
            new String[] { "Żuraw", "Bursztyn", "Wisła-Trans", "Mazowsze Tech", "Łączność", "Sokół", "Pomorskie Okna", "Gąska" },
            "%s Sp. z o.o.",
            new String[] { "Przedłużenie umowy serwisowej", "Pytanie o ostatnią fakturę", "Opóźniona dostawa", "Prośba o ofertę",
                "Reklamacja instalacji", "Spotkanie wdrożeniowe", "Przegląd kwartalny", "Zmiana adresu do faktur" },
            new String[] { "Dzień dobry, dziękuję za telefon do Candor.", "Dzień dobry, Panie %s, dziękuję za kontakt.",
                "Dzień dobry! Przykro mi z powodu kłopotów.", "Szanowny Panie %s, dziękujemy za wiadomość." },
            new String[] { "Klient zapytał, dlaczego faktura jest wyższa niż w zeszłym miesiącu; wyjaśniłam nowy próg cenowy.",
                "Dostawa spóźniła się o dwa dni z powodu braków w magazynie – to nasz błąd.",
                "Klient chce porównać naszą ofertę z innym dostawcą.",
                "Omówiliśmy ograniczenia obecnego planu i ryzyko związane z przechowywaniem danych." },
            new String[] { "Oddzwonię jutro z poprawionymi kwotami.", "Prześlemy poprawioną ofertę do piątku.",
                "Sprawdzę w magazynie i odezwę się w ciągu dwóch godzin." },
            new String[] { "Dziękuję za cierpliwość, miłego dnia!", "W razie pytań proszę pisać.", "Z poważaniem i podziękowaniem za opinię." },
            new String[] { "VIP", "kluczowy", "partner", "nowy", "zagrożony" },
            new String[] { "Logistyka", "Doradztwo", "Software", "Żywność", "Inżynieria", "Druk", "Energia", "Handel", "Medyka", "Nieruchomości" }),
        new Corpus(Language.HUNGARIAN, "Magyarország", "+36 1", "hu",
            new String[] { "László", "Mária", "István", "Erzsébet", "Zoltán", "Katalin", "Gábor", "Ágnes", "Péter", "Éva", "Ferenc", "Zsófia" },
            new String[] { "Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Ötvös", "Balogh" },
            new String[] { "Budapest", "Debrecen", "Szeged", "Miskolc", "Pécs", "Győr", "Nyíregyháza", "Kecskemét" },
            new String[] { "Ötvös és Társa", "Duna-Log", "Tisza Szerviz", "Mátra Energia", "Balaton Tech", "Hajnal", "Körös Agrár", "Pannon Üveg" },
            "%s Kft.",
            new String[] { "Szervizszerződés meghosszabbítása", "Kérdés az utolsó számláról", "Késik a szállítás", "Árajánlatkérés",
                "Panasz a telepítésre", "Bevezető megbeszélés", "Negyedéves áttekintés", "Számlázási cím módosítása" },
            new String[] { "Jó napot kívánok, köszönjük, hogy a Candort hívta.", "Jó napot, %s úr, köszönöm a megkeresést.",
                "Jó napot! Sajnálom, hogy gond adódott.", "Tisztelt %s úr, köszönjük levelét." },
            new String[] { "Az ügyfél megkérdezte, miért magasabb a számla, mint a múlt hónapban; elmagyaráztam az új díjsávot.",
                "A szállítás két napot késett raktárhiány miatt – ez a mi hibánk.",
                "Az ügyfél össze szeretné hasonlítani ajánlatunkat egy másik szállítóéval.",
                "Átbeszéltük a jelenlegi csomag korlátait és az adatmegőrzés kockázatait." },
            new String[] { "Holnap visszahívom a javított számokkal.", "Péntekig elküldjük a módosított ajánlatot.",
                "Utánanézek a raktárban, és két órán belül jelentkezem." },
            new String[] { "Köszönöm a türelmét, további szép napot!", "Ha kérdése van, írjon nyugodtan.", "Üdvözlettel, és köszönjük a visszajelzést." },
            new String[] { "VIP", "kulcsügyfél", "viszonteladó", "új" },
            new String[] { "Logisztika", "Tanácsadó", "Szoftver", "Élelmiszer", "Mérnöki", "Nyomda", "Energia", "Kereskedelmi", "Orvosi", "Ingatlan" }),
    };
}
