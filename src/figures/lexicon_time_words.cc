// The time grammar's word lists (and the function words both grammars use to end phrases):
// time units, months, weekdays, parts of day, seasons, set adverbs, time zones, temporal
// prepositions, future and past-tense cues, change verbs, labels, street words, score verbs and
// the words that may start a time expression or a figure. Written for this project. Covered by
// cardinal_test.cc (Lexicon.*) and the time extractor tests.
#include <utility>

#include "figures/lexicon_lists.h"

namespace claimtrace::figures {
namespace {

void AddFunctionWords(WordMap& m) {
  AddWords(m, {"the",
               "a",
               "an",
               "and",
               "or",
               "but",
               "nor",
               "of",
               "in",
               "on",
               "at",
               "to",
               "for",
               "from",
               "with",
               "by",
               "as",
               "than",
               "that",
               "which",
               "who",
               "whom",
               "whose",
               "what",
               "were",
               "was",
               "are",
               "is",
               "be",
               "been",
               "being",
               "have",
               "has",
               "had",
               "will",
               "would",
               "could",
               "should",
               "may",
               "might",
               "must",
               "can",
               "did",
               "do",
               "does",
               "not",
               "no",
               "also",
               "still",
               "more",
               "other",
               "while",
               "when",
               "where",
               "after",
               "before",
               "since",
               "during",
               "including",
               "each",
               "per",
               "this",
               "these",
               "those",
               "its",
               "their",
               "his",
               "her",
               "our",
               "your",
               "my",
               "it",
               "they",
               "he",
               "she",
               "we",
               "you",
               "i",
               "them",
               "him",
               "us",
               "there",
               "here",
               "into",
               "onto",
               "over",
               "under",
               "about",
               "around",
               "between",
               "among",
               "against",
               "across",
               "through",
               "toward",
               "towards",
               "up",
               "down",
               "out",
               "off",
               "if",
               "so",
               "then",
               "now",
               "only",
               "just",
               "even",
               "all",
               "both",
               "some",
               "any",
               "most",
               "many",
               "much",
               "such",
               "said",
               "says",
               "say",
               "according",
               "because",
               "although",
               "though",
               "whether",
               "within",
               "without",
               "until",
               "till",
               "via",
               "like",
               "unlike",
               "near",
               "outside",
               "inside",
               "above",
               "below",
               "beyond",
               "again",
               "already",
               "yet",
               "too",
               "very",
               "either",
               "neither",
               "every",
               "another",
               "further",
               "additional",
               "least",
               "fewer",
               "less",
               "almost",
               "nearly",
               "roughly",
               "approximately",
               "estimated",
               "reportedly",
               "allegedly",
               "apparently",
               "respectively",
               "compared",
               "versus",
               "vs",
               "amid",
               "despite",
               "upon",
               "whereas",
               "'s",
               "’s",
               "s",
               "ago",
               "later",
               "earlier",
               "last",
               "next",
               "ever",
               "never",
               "once",
               "twice",
               "times",
               "each",
               "year",
               "years",
               "week",
               "weeks",
               "day",
               "days",
               "month",
               "months",
               "hour",
               "hours"},
           kWcStop);
  AddWords(m,
           {"have",      "has",        "had",       "been",       "were",     "was",    "are",
            "is",        "be",         "being",     "reportedly", "now",      "also",   "still",
            "feared",    "believed",   "thought",   "said",       "already",  "all",    "allegedly",
            "confirmed", "officially", "so",        "far",        "since",    "then",   "estimated",
            "likely",    "probably",   "known",     "to",         "later",    "each",   "who",
            "that",      "were",       "remain",    "remains",    "remained", "stay",   "stays",
            "stayed",    "continue",   "continues", "continued",  "live",     "lived",  "work",
            "worked",    "say",        "says",      "are",        "get",      "got",    "went",
            "came",      "face",       "faced",     "faces",      "need",     "needed", "needs",
            "include",   "included",   "includes",  "became",     "become",   "seem",   "seemed",
            "appear",    "appeared"},
           kWcAux);
}

void AddTimeWordLists(WordMap& m) {
  auto unit = [&](std::initializer_list<std::string_view> ws, TimeUnit u) {
    for (std::string_view w : ws) AddWord(m, w, kWcTimeUnit, 0, static_cast<int>(u));
  };
  unit({"second", "seconds", "secs"}, TimeUnit::kSecond);
  unit({"minute", "minutes", "mins"}, TimeUnit::kMinute);
  unit({"hour", "hours", "hrs"}, TimeUnit::kHour);
  unit({"day", "days"}, TimeUnit::kDay);
  unit({"week", "weeks"}, TimeUnit::kWeek);
  unit({"fortnight", "fortnights"}, TimeUnit::kFortnight);
  unit({"month", "months"}, TimeUnit::kMonth);
  unit({"quarter", "quarters"}, TimeUnit::kQuarter);
  unit({"year", "years"}, TimeUnit::kYear);
  unit({"decade", "decades"}, TimeUnit::kDecade);
  unit({"century", "centuries"}, TimeUnit::kCentury);

  static constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                                 "may",       "june",     "july",     "august",
                                                 "september", "october",  "november", "december"};
  for (int i = 0; i < 12; ++i) AddWord(m, kMonths[i], kWcMonth, 0, i + 1);
  for (auto [w, mo] : std::initializer_list<std::pair<std::string_view, int>>{
           {"jan.", 1},  {"feb.", 2},  {"mar.", 3}, {"apr.", 4},  {"jun.", 6},
           {"jul.", 7},  {"aug.", 8},  {"sep.", 9}, {"sept.", 9}, {"oct.", 10},
           {"nov.", 11}, {"dec.", 12}, {"jan", 1},  {"feb", 2},   {"apr", 4},
           {"aug", 8},   {"sept", 9},  {"oct", 10}, {"nov", 11},  {"dec", 12}}) {
    AddWord(m, w, kWcMonth, 0, mo);
  }
  static constexpr std::string_view kDays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i) AddWord(m, kDays[i], kWcWeekday, 0, i + 1);
  for (auto [w, d] : std::initializer_list<std::pair<std::string_view, int>>{{"mon.", 1},
                                                                             {"tue.", 2},
                                                                             {"tues.", 2},
                                                                             {"wed.", 3},
                                                                             {"thu.", 4},
                                                                             {"thur.", 4},
                                                                             {"thurs.", 4},
                                                                             {"fri.", 5},
                                                                             {"sat.", 6},
                                                                             {"sun.", 7}}) {
    AddWord(m, w, kWcWeekday, 0, d);
  }
  AddWord(m, "morning", kWcPartOfDay, 0, 0, "MO");
  AddWord(m, "afternoon", kWcPartOfDay, 0, 0, "AF");
  AddWord(m, "evening", kWcPartOfDay, 0, 0, "EV");
  AddWord(m, "night", kWcPartOfDay, 0, 0, "NI");
  AddWord(m, "spring", kWcSeason, 0, 1, "SP");
  AddWord(m, "summer", kWcSeason, 0, 2, "SU");
  AddWord(m, "autumn", kWcSeason, 0, 3, "FA");
  AddWord(m, "fall", kWcSeason, 0, 3, "FA");
  AddWord(m, "winter", kWcSeason, 0, 4, "WI");
  AddWord(m, "daily", kWcSetAdverb, 0, 0, "P1D");
  AddWord(m, "nightly", kWcSetAdverb, 0, 0, "P1D");
  AddWord(m, "weekly", kWcSetAdverb, 0, 0, "P1W");
  AddWord(m, "fortnightly", kWcSetAdverb, 0, 0, "P2W");
  AddWord(m, "monthly", kWcSetAdverb, 0, 0, "P1M");
  AddWord(m, "quarterly", kWcSetAdverb, 0, 0, "P3M");
  AddWord(m, "yearly", kWcSetAdverb, 0, 0, "P1Y");
  AddWord(m, "annually", kWcSetAdverb, 0, 0, "P1Y");
  AddWord(m, "hourly", kWcSetAdverb, 0, 0, "PT1H");
  AddWords(m, {"several", "few", "many", "some", "couple", "numerous"}, kWcVague);
  AddWords(m, {"gmt", "utc", "bst", "et",   "est", "edt",  "pt",  "pst", "pdt", "ct",
               "cst", "cdt", "cet", "cest", "eet", "eest", "msk", "ist", "jst", "aest"},
           kWcTimeZone);
  AddWords(m, {"in",      "since",      "until",  "till",  "by",   "from", "of",
               "before",  "after",      "during", "circa", "c.",   "year", "between",
               "through", "throughout", "around", "early", "late", "mid",  "fiscal",
               "to",      "and",        "or",     "for",   "at"},
           kWcTemporalPrep);
  AddWords(m,
           {"will",      "'ll",      "’ll",      "shall",   "would",  "could", "might",   "may",
            "going",     "due",      "expected", "expects", "expect", "plans", "planned", "plan",
            "scheduled", "set",      "upcoming", "intends", "intend", "aims",  "aim",     "hopes",
            "hope",      "promised", "pledged",  "vowed",   "wants",  "want"},
           kWcFutureCue);
  AddWords(m, {"said",     "says",         "told",      "tells",     "announced", "reported",
               "added",    "confirmed",    "wrote",     "stated",    "claimed",   "warned",
               "insisted", "noted",        "according", "explained", "revealed",  "disclosed",
               "admitted", "acknowledged", "argued",    "declared",  "tweeted",   "posted",
               "showed",   "found",        "met",       "was",       "were",      "had",
               "did",      "happened",     "began",     "started",   "ended",     "took"},
           kWcSpeech);
  AddWords(m, {"rose",       "rise",         "rising",      "risen",       "rises",     "fell",
               "fall",       "falling",      "fallen",      "falls",       "increased", "increase",
               "increasing", "decreased",    "decrease",    "dropped",     "drop",      "dropping",
               "grew",       "grow",         "growing",     "jumped",      "jump",      "climbed",
               "climb",      "slipped",      "declined",    "decline",     "cut",       "raised",
               "raise",      "reduced",      "reduce",      "lowered",     "went",      "soared",
               "plunged",    "surged",       "slid",        "tumbled",     "edged",     "up",
               "down",       "shrank",       "expanded",    "doubled",     "halved",    "sank",
               "plummeted",  "spiked",       "rebounded",   "recovered",   "moved",     "changed",
               "upgraded",   "downgraded",   "revised",     "trimmed",     "boosted",   "lifted",
               "widened",    "narrowed",     "slumped",     "crashed",     "dipped",    "eased",
               "weakened",   "strengthened", "depreciated", "appreciated", "contracted"},
           kWcChangeVerb);
  AddWords(m,
           {"page",    "pages",    "p.",       "pp.",       "no.",         "nos.",     "number",
            "article", "section",  "chapter",  "clause",    "paragraph",   "para",     "room",
            "gate",    "platform", "route",    "highway",   "interstate",  "flight",   "line",
            "step",    "stage",    "phase",    "level",     "grade",       "tier",     "category",
            "size",    "version",  "season",   "episode",   "series",      "verse",    "vol.",
            "volume",  "exit",     "junction", "apartment", "suite",       "lot",      "box",
            "channel", "track",    "item",     "rank",      "ranked",      "fig.",     "figure",
            "table",   "appendix", "annex",    "amendment", "proposition", "prop.",    "rule",
            "title",   "district", "ward",     "precinct",  "pier",        "terminal", "bus",
            "top",     "seed",     "seeded",   "row",       "part",        "act",      "scene",
            "lane",    "block",    "floor",    "unit",      "bay",         "hole",     "lap",
            "match",   "game",     "week",     "day",       "round",       "no",       "tier",
            "model",   "type",     "mark",     "mk",        "grade",       "class",    "form",
            "code",    "id",       "pin",      "ticket",    "seat",        "row",      "unit"},
           kWcLabel);
  AddWords(m, {"street", "st",      "st.",      "road",      "rd",   "rd.",     "avenue",  "ave",
               "ave.",   "lane",    "drive",    "boulevard", "blvd", "way",     "place",   "square",
               "court",  "terrace", "crescent", "close",     "row",  "highway", "parkway", "plaza"},
           kWcStreet);
  // Words that can start a time expression other than numbers, month/weekday/unit words and
  // the classes above (TimeScanner::MatchAny skips every other token at once).
  AddWords(m, {"the",         "this",     "that",       "last",         "next",     "current",
               "early",       "late",     "earlier",    "later",        "mid",      "mid-",
               "today",       "tonight",  "yesterday",  "tomorrow",     "now",      "currently",
               "nowadays",    "right",    "these",      "at",           "recently", "lately",
               "soon",        "a",        "an",         "every",        "each",     "per",
               "half",        "couple",   "noon",       "midday",       "midnight", "christmas",
               "boxing",      "new",      "halloween",  "thanksgiving", "election", "independence",
               "labor",       "memorial", "easter",     "valentine",    "long",     "weekdays",
               "black",       "cyber",    "weekends",   "hourlong",     "daylong",  "weeklong",
               "monthlong",   "yearlong", "decadelong", "twenties",     "thirties", "forties",
               "fifties",     "sixties",  "seventies",  "eighties",     "nineties", "coming",
               "this-coming", "q1",       "q2",         "q3",           "q4",       "h1",
               "h2"},
           kWcTimeStart);
  AddWords(m, {"between", "from", "a", "an", "minus", "rs", "rs.", "half", "anywhere", "somewhere"},
           kWcFigureStart);
  AddWords(m,
           {"won",      "win",      "wins",    "beat",   "beats", "lost",  "lose",    "loses",
            "drew",     "draw",     "ruled",   "voted",  "vote",  "score", "scored",  "scoreline",
            "defeated", "defeat",   "victory", "led",    "leads", "lead",  "trailed", "trailing",
            "edged",    "thrashed", "routed",  "margin", "tally", "split"},
           kWcScoreVerb);
}

}  // namespace

void AddTimeWords(WordMap* m) {
  AddFunctionWords(*m);
  AddTimeWordLists(*m);
}

}  // namespace claimtrace::figures
