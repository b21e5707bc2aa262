// The figure grammar's word lists: number words, multipliers and fractions, units and
// currencies, nouns that count persons (and person-like adjectives and collectives), demonym
// plurals, and event participles. Written for this project (English news usage). Covered by
// cardinal_test.cc (Lexicon.*) and the figure extractor tests.
#include "figures/lexicon_lists.h"

namespace claimtrace::figures {
namespace {

void AddNumbers(WordMap& m) {
  static constexpr std::string_view kOnes[] = {
      "zero",     "one",     "two",     "three",     "four",     "five",    "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  for (int i = 1; i < 20; ++i) AddWord(m, kOnes[i], kWcNumber, i);
  static constexpr std::string_view kTens[] = {"twenty", "thirty",  "forty",  "fifty",
                                               "sixty",  "seventy", "eighty", "ninety"};
  for (int i = 0; i < 8; ++i) AddWord(m, kTens[i], kWcNumber, (i + 2) * 10);
  AddWord(m, "hundred", kWcMultiplier, 1e2);
  AddWord(m, "thousand", kWcMultiplier, 1e3);
  AddWord(m, "million", kWcMultiplier, 1e6);
  AddWord(m, "billion", kWcMultiplier, 1e9);
  AddWord(m, "trillion", kWcMultiplier, 1e12);
  AddWord(m, "dozen", kWcMultiplier, 12);
  AddWord(m, "lakh", kWcMultiplier, 1e5);
  AddWord(m, "crore", kWcMultiplier, 1e7);
  // Abbreviated multipliers glued to digits ("$6bn", "25m", "10k").
  for (std::string_view w : {"bn", "bln", "b"}) AddWord(m, w, kWcMultiplier, 1e9);
  for (std::string_view w : {"m", "mn", "mln", "mil"}) AddWord(m, w, kWcMultiplier, 1e6);
  for (std::string_view w : {"tn", "trn", "tr"}) AddWord(m, w, kWcMultiplier, 1e12);
  AddWord(m, "k", kWcMultiplier, 1e3);
  // Fractions (value as a share of one).
  AddWord(m, "half", kWcFraction, 0.5);
  for (std::string_view w : {"third", "thirds"}) AddWord(m, w, kWcFraction, 1.0 / 3);
  for (std::string_view w : {"quarter", "quarters"}) AddWord(m, w, kWcFraction, 0.25);
  for (std::string_view w : {"fifth", "fifths"}) AddWord(m, w, kWcFraction, 0.2);
  for (std::string_view w : {"tenth", "tenths"}) AddWord(m, w, kWcFraction, 0.1);
  // Ordinals used by quarter/half expressions ("the third quarter").
  AddWord(m, "first", kWcOrdinal, 0, 1);
  AddWord(m, "second", kWcOrdinal, 0, 2);
  AddWord(m, "third", kWcOrdinal, 0, 3);
  AddWord(m, "fourth", kWcOrdinal, 0, 4);
  AddWord(m, "final", kWcOrdinal, 0, 4);
  AddWord(m, "latter", kWcOrdinal, 0, 2);  // "the latter half of 2022"
}

void AddUnits(WordMap& m) {
  AddUnitWords(m, {"percent", "pct", "percentage", "pc"}, kWcPercent, "%");
  AddUnitWords(m, {"dollar", "dollars", "bucks"}, kWcCurrencyWord, "USD");
  AddUnitWords(m, {"euro", "euros"}, kWcCurrencyWord, "EUR");
  AddUnitWords(m, {"pound", "pounds", "sterling"}, kWcCurrencyWord, "GBP");
  AddUnitWords(m, {"rouble", "roubles", "ruble", "rubles"}, kWcCurrencyWord, "RUB");
  AddUnitWords(m, {"hryvnia", "hryvnias", "hryvnya", "hryvnyas"}, kWcCurrencyWord, "UAH");
  AddUnitWords(m, {"yen"}, kWcCurrencyWord, "JPY");
  AddUnitWords(m, {"yuan", "renminbi"}, kWcCurrencyWord, "CNY");
  AddUnitWords(m, {"rupee", "rupees"}, kWcCurrencyWord, "INR");
  AddUnitWords(m, {"franc", "francs"}, kWcCurrencyWord, "CHF");
  AddUnitWords(m, {"shekel", "shekels"}, kWcCurrencyWord, "ILS");
  AddUnitWords(m, {"lira", "liras", "lire"}, kWcCurrencyWord, "TRY");
  AddUnitWords(m, {"rand"}, kWcCurrencyWord, "ZAR");
  AddUnitWords(m, {"naira"}, kWcCurrencyWord, "NGN");
  AddUnitWords(m, {"taka"}, kWcCurrencyWord, "BDT");
  AddUnitWords(m, {"pesos"}, kWcCurrencyWord, "MXN");
  AddUnitWords(m, {"zloty", "zlotys"}, kWcCurrencyWord, "PLN");
  AddUnitWords(m, {"krona", "kronor"}, kWcCurrencyWord, "SEK");
  AddUnitWords(m, {"riyal", "riyals"}, kWcCurrencyWord, "SAR");
  AddUnitWords(m, {"dirham", "dirhams"}, kWcCurrencyWord, "AED");
  AddUnitWords(m, {"bitcoin", "bitcoins"}, kWcCurrencyWord, "XBT");

  AddUnitWords(m, {"km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"}, kWcMeasure,
               "km");
  AddUnitWords(m, {"metre", "metres", "meter", "meters"}, kWcMeasure, "m");
  AddUnitWords(m, {"cm", "centimetre", "centimetres", "centimeter", "centimeters"}, kWcMeasure,
               "cm");
  AddUnitWords(m, {"mm", "millimetre", "millimetres", "millimeter", "millimeters"}, kWcMeasure,
               "mm");
  AddUnitWords(m, {"mile", "miles", "mi"}, kWcMeasure, "mi");
  AddUnitWords(m, {"ft", "foot", "feet"}, kWcMeasure, "ft");
  AddUnitWords(m, {"inch", "inches"}, kWcMeasure, "in");
  AddUnitWords(m, {"yard", "yards"}, kWcMeasure, "yd");
  AddUnitWords(m, {"kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"}, kWcMeasure, "kg");
  AddUnitWords(m, {"mg", "milligram", "milligrams", "milligramme", "milligrammes"}, kWcMeasure,
               "mg");
  AddUnitWords(m, {"mcg", "microgram", "micrograms"}, kWcMeasure, "µg");
  AddUnitWords(m, {"ml", "millilitre", "millilitres", "milliliter", "milliliters"}, kWcMeasure,
               "ml");
  AddUnitWords(m, {"gram", "grams", "g"}, kWcMeasure, "g");
  AddUnitWords(m, {"tonne", "tonnes", "ton", "tons", "t"}, kWcMeasure, "t");
  AddUnitWords(m, {"lb", "lbs"}, kWcMeasure, "lb");
  AddUnitWords(m, {"ounce", "ounces", "oz"}, kWcMeasure, "oz");
  AddUnitWords(m, {"hectare", "hectares", "ha"}, kWcMeasure, "ha");
  AddUnitWords(m, {"acre", "acres"}, kWcMeasure, "acre");
  AddUnitWords(m, {"km2", "km²", "sq.km"}, kWcMeasure, "km2");
  AddUnitWords(m, {"litre", "litres", "liter", "liters", "l"}, kWcMeasure, "l");
  AddUnitWords(m, {"gallon", "gallons"}, kWcMeasure, "gal");
  AddUnitWords(m, {"barrel", "barrels", "bbl", "bpd"}, kWcMeasure, "bbl");
  AddUnitWords(m, {"mph"}, kWcMeasure, "mph");
  AddUnitWords(m, {"kph", "km/h", "kmh"}, kWcMeasure, "km/h");
  AddUnitWords(m, {"knot", "knots"}, kWcMeasure, "kn");
  AddUnitWords(m, {"celsius", "centigrade"}, kWcMeasure, "°C");
  AddUnitWords(m, {"fahrenheit"}, kWcMeasure, "°F");
  AddUnitWords(m, {"degree", "degrees"}, kWcMeasure, "°");
  AddUnitWords(m, {"mw", "megawatt", "megawatts"}, kWcMeasure, "MW");
  AddUnitWords(m, {"gw", "gigawatt", "gigawatts"}, kWcMeasure, "GW");
  AddUnitWords(m, {"kw", "kilowatt", "kilowatts"}, kWcMeasure, "kW");
  AddUnitWords(m, {"kwh"}, kWcMeasure, "kWh");
  AddUnitWords(m, {"mwh"}, kWcMeasure, "MWh");
  AddUnitWords(m, {"gwh"}, kWcMeasure, "GWh");
  AddUnitWords(m, {"twh"}, kWcMeasure, "TWh");
  AddUnitWords(m, {"megaton", "megatons", "megatonnes"}, kWcMeasure, "Mt");
  AddUnitWords(m, {"kiloton", "kilotons", "kilotonnes"}, kWcMeasure, "kt");
  AddUnitWords(m, {"bcm"}, kWcMeasure, "bcm");
  // Data sizes, rates and clock speeds ("512GB", "2GHz", "100 Mbps").
  AddUnitWords(m, {"kb", "kilobyte", "kilobytes"}, kWcMeasure, "KB");
  AddUnitWords(m, {"mb", "megabyte", "megabytes"}, kWcMeasure, "MB");
  AddUnitWords(m, {"gb", "gigabyte", "gigabytes"}, kWcMeasure, "GB");
  AddUnitWords(m, {"tb", "terabyte", "terabytes"}, kWcMeasure, "TB");
  AddUnitWords(m, {"pb", "petabyte", "petabytes"}, kWcMeasure, "PB");
  AddUnitWords(m, {"mbps", "mb/s"}, kWcMeasure, "Mbps");
  AddUnitWords(m, {"gbps", "gb/s"}, kWcMeasure, "Gbps");
  AddUnitWords(m, {"mhz", "megahertz"}, kWcMeasure, "MHz");
  AddUnitWords(m, {"ghz", "gigahertz"}, kWcMeasure, "GHz");
  AddUnitWords(m, {"mah"}, kWcMeasure, "mAh");
}

void AddPeople(WordMap& m) {
  AddWords(m,
           {"people",
            "persons",
            "person",
            "individuals",
            "individual",
            "men",
            "man",
            "women",
            "woman",
            "children",
            "child",
            "kids",
            "boys",
            "boy",
            "girls",
            "girl",
            "babies",
            "baby",
            "infants",
            "teenagers",
            "teens",
            "adults",
            "adult",
            "civilians",
            "civilian",
            "soldiers",
            "soldier",
            "troops",
            "servicemen",
            "servicewomen",
            "personnel",
            "fighters",
            "fighter",
            "militants",
            "insurgents",
            "rebels",
            "officers",
            "officer",
            "policemen",
            "police",
            "officials",
            "official",
            "residents",
            "resident",
            "citizens",
            "inhabitants",
            "villagers",
            "migrants",
            "migrant",
            "refugees",
            "refugee",
            "immigrants",
            "asylum-seekers",
            "prisoners",
            "prisoner",
            "detainees",
            "hostages",
            "hostage",
            "captives",
            "pows",
            "workers",
            "worker",
            "employees",
            "employee",
            "staff",
            "members",
            "member",
            "volunteers",
            "volunteer",
            "rescuers",
            "firefighters",
            "doctors",
            "doctor",
            "nurses",
            "nurse",
            "medics",
            "paramedics",
            "patients",
            "patient",
            "students",
            "student",
            "pupils",
            "teachers",
            "voters",
            "voter",
            "tutors",
            "mentors",
            "coaches",
            "instructors",
            "callers",
            "fact-checkers",
            "supporters",
            "protesters",
            "protestors",
            "demonstrators",
            "activists",
            "fans",
            "spectators",
            "viewers",
            "visitors",
            "tourists",
            "passengers",
            "passenger",
            "crew",
            "sailors",
            "pilots",
            "journalists",
            "journalist",
            "reporters",
            "victims",
            "victim",
            "casualties",
            "deaths",
            "fatalities",
            "survivors",
            "bodies",
            "users",
            "subscribers",
            "customers",
            "consumers",
            "respondents",
            "americans",
            "senators",
            "lawmakers",
            "legislators",
            "mps",
            "delegates",
            "judges",
            "jurors",
            "athletes",
            "players",
            "candidates",
            "nominees",
            "leaders",
            "ministers",
            "diplomats",
            "agents",
            "spies",
            "defectors",
            "guests",
            "mercenaries",
            "conscripts",
            "recruits",
            "reservists",
            "marines",
            "paratroopers",
            "commanders",
            "generals",
            "colonels",
            "guards",
            "peacekeepers",
            "inmates",
            "convicts",
            "suspects",
            "suspect",
            "criminals",
            "gunmen",
            "attackers",
            "terrorists",
            "jihadists",
            "extremists",
            "seniors",
            "pensioners",
            "retirees",
            "veterans",
            "mothers",
            "fathers",
            "parents",
            "families",
            "relatives",
            "friends",
            "colleagues",
            "miners",
            "farmers",
            "fishermen",
            "drivers",
            "truckers",
            "cyclists",
            "pedestrians",
            "motorists",
            "homeowners",
            "tenants",
            "renters",
            "borrowers",
            "shoppers",
            "buyers",
            "investors",
            "shareholders",
            "taxpayers",
            "households",
            "others",
            "arrivals",
            "crewmembers",
            "crewmen",
            "evacuees",
            "pilgrims",
            "worshippers",
            "worshipers",
            "congregants",
            "believers",
            "christians",
            "muslims",
            "jews",
            "arabs",
            "kurds",
            "britons",
            "israelis",
            "iraqis",
            "pakistanis",
            "saudis",
            "somalis",
            "yemenis",
            "poles",
            "turks",
            "scots",
            "swedes",
            "danes",
            "finns",
            "chinese",
            "japanese",
            "vietnamese",
            "sudanese",
            "lebanese",
            "congolese",
            "democrats",
            "republicans",
            "conservatives",
            "liberals",
            "independents",
            "latinos",
            "hispanics",
            "blacks",
            "whites",
            "millennials",
            "team-mates",
            "teammates",
            "astronauts",
            "cosmonauts",
            "scientists",
            "researchers",
            "experts",
            "economists",
            "analysts",
            "lawyers",
            "attorneys",
            "prosecutors",
            "clergy",
            "priests",
            "monks",
            "nuns",
            "bishops",
            "politicians",
            "bankers",
            "developers",
            "seekers",
            "hopefuls",
            "schoolchildren",
            "traders",
            "brokers",
            "executives",
            "managers",
            "directors",
            "engineers",
            "builders",
            "labourers",
            "laborers",
            "cleaners",
            "hunters",
            "smugglers",
            "traffickers",
            "dealers",
            "thieves",
            "robbers",
            "rioters",
            "looters",
            "troopers",
            "marchers",
            "strikers",
            "picketers",
            "campaigners",
            "organisers",
            "organizers",
            "participants",
            "attendees",
            "delegates",
            "representatives",
            "senators",
            "governors",
            "mayors",
            "councillors",
            "councilors",
            "presidents",
            "chancellors",
            "premiers",
            "candidates",
            "contestants",
            "applicants",
            "claimants",
            "defendants",
            "plaintiffs",
            "witnesses",
            "peoples",
            "adolescents",
            "toddlers",
            "newborns",
            "elderly",
            "pensioners",
            "widows",
            "orphans",
            "siblings",
            "sons",
            "daughters",
            "brothers",
            "sisters",
            "husbands",
            "wives",
            "couples",
            "spouses",
            "neighbours",
            "neighbors",
            "locals",
            "natives",
            "settlers",
            "colonists",
            "nationals",
            "expats",
            "expatriates",
            "foreigners",
            "strangers",
            "tourists",
            "travellers",
            "travelers",
            "commuters",
            "riders",
            "runners",
            "swimmers",
            "skiers",
            "climbers",
            "hikers",
            "divers",
            "posters",
            "bloggers",
            "commenters",
            "followers",
            "readers",
            "listeners",
            "audiences",
            "subscribers",
            "members",
            "staffers",
            "aides",
            "advisers",
            "advisors",
            "consultants",
            "contractors",
            "physicians",
            "surgeons",
            "dentists",
            "pharmacists",
            "therapists",
            "caregivers",
            "carers",
            "midwives",
            "firemen",
            "policewomen",
            "cops",
            "detectives",
            "investigators",
            "inspectors",
            "auditors",
            "catholics",
            "protestants",
            "hindus",
            "sikhs",
            "buddhists",
            "mormons",
            "evangelicals",
            "atheists",
            "agnostics",
            "shiites",
            "sunnis",
            "alawites",
            "druze",
            "yazidis",
            "rohingya"},
           kWcPeople);
  // Households and families are units of their own, not persons.
  m["households"].cls &= ~kWcPeople;
  m["families"].cls &= ~kWcPeople;
  m["others"].cls |= kWcStop;
  AddWords(m, {"lives"}, kWcPeople);  // "claimed 10,000 lives"
  AddWords(m, {"dead",         "killed",       "injured",  "wounded",     "missing",  "hurt",
               "displaced",    "arrested",     "detained", "evacuated",   "rescued",  "infected",
               "hospitalised", "hospitalized", "homeless", "unaccounted", "drowned",  "captured",
               "abducted",     "kidnapped",    "executed", "deported",    "stranded", "trapped",
               "affected",     "unemployed",   "jobless",  "uninsured",   "disabled", "vaccinated",
               "unvaccinated"},
           kWcPeopleAdj);
  AddWords(m,
           {"crowd",      "toll",      "population",    "workforce",    "audience",  "attendance",
            "membership", "headcount", "garrison",      "army",         "force",     "contingent",
            "delegation", "caseload",  "participation", "panel",        "team",      "squad",
            "jury",       "committee", "group",         "band",         "gang",      "board",
            "family",     "household", "class",         "cohort",       "battalion", "brigade",
            "platoon",    "company",   "unit",          "congregation", "choir",     "orchestra",
            "cast",       "electorate"},
           kWcCollective);
  AddWords(m,
           {"britons",  "israelis", "iraqis",       "pakistanis", "saudis",    "somalis", "yemenis",
            "poles",    "turks",    "kurds",        "scots",      "swedes",    "danes",   "finns",
            "jews",     "arabs",    "greeks",       "czechs",     "slovaks",   "serbs",   "croats",
            "thais",    "uzbeks",   "tajiks",       "kazakhs",    "filipinos", "omanis",  "qataris",
            "kuwaitis", "emiratis", "bangladeshis", "nepalis",    "afghans",   "dutch",   "swiss",
            "irish",    "welsh",    "english",      "french"},
           kWcDemonymPl | kWcPeople);
}

void AddEvents(WordMap& m) {
  AddWords(
      m, {"killed",      "died",        "dead",      "injured",      "wounded",      "hurt",
          "missing",     "arrested",    "detained",  "displaced",    "evacuated",    "rescued",
          "deployed",    "destroyed",   "damaged",   "lost",         "captured",     "fired",
          "launched",    "shot",        "infected",  "hospitalised", "hospitalized", "vaccinated",
          "tested",      "affected",    "sold",      "spent",        "raised",       "fled",
          "recruited",   "mobilised",   "mobilized", "seized",       "stolen",       "burned",
          "burnt",       "shelled",     "downed",    "intercepted",  "struck",       "hit",
          "cancelled",   "canceled",    "cut",       "laid",         "hired",        "employed",
          "convicted",   "charged",     "sentenced", "executed",     "deported",     "expelled",
          "released",    "freed",       "exchanged", "abducted",     "kidnapped",    "drowned",
          "stranded",    "trapped",     "treated",   "admitted",     "registered",   "recorded",
          "reported",    "confirmed",   "counted",   "cast",         "donated",      "pledged",
          "approved",    "allocated",   "earned",    "paid",         "owed",         "borrowed",
          "invested",    "imported",    "exported",  "produced",     "built",        "demolished",
          "flattened",   "razed",       "looted",    "evicted",      "surrendered",  "defected",
          "deserted",    "conscripted", "drafted",   "called-up",    "sent",         "shipped",
          "delivered",   "supplied",    "provided",  "transferred",  "eliminated",   "neutralised",
          "neutralized", "slain",       "massacred", "murdered",     "executed"},
      kWcEvent);
  struct Ing {
    std::string_view ing, ed;
  };
  static constexpr Ing kIng[] = {
      {"killing", "killed"},       {"injuring", "injured"},     {"wounding", "wounded"},
      {"leaving", "left"},         {"displacing", "displaced"}, {"destroying", "destroyed"},
      {"damaging", "damaged"},     {"affecting", "affected"},   {"losing", "lost"},
      {"deploying", "deployed"},   {"firing", "fired"},         {"launching", "launched"},
      {"capturing", "captured"},   {"arresting", "arrested"},   {"detaining", "detained"},
      {"evacuating", "evacuated"}, {"rescuing", "rescued"},     {"infecting", "infected"},
      {"cutting", "cut"},          {"shooting", "shot"},        {"recruiting", "recruited"},
      {"sending", "sent"},         {"spending", "spent"},       {"raising", "raised"},
      {"seizing", "seized"},       {"hitting", "hit"},          {"striking", "struck"},
      {"stranding", "stranded"},   {"trapping", "trapped"},     {"cancelling", "cancelled"},
      {"canceling", "canceled"},   {"employing", "employed"},   {"hiring", "hired"}};
  for (const Ing& i : kIng) AddWord(m, i.ing, kWcEventIng, 0, 0, i.ed);
}

}  // namespace

void AddFigureWords(WordMap* m) {
  AddNumbers(*m);
  AddUnits(*m);
  AddPeople(*m);
  AddEvents(*m);
}

}  // namespace claimtrace::figures
