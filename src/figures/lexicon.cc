// Word tables for the figure and time grammars. Built once into a hash map from the lists in
// lexicon_figure_words.cc and lexicon_time_words.cc (a word may collect several classes), then
// copied into a flat open-addressing table for lookups. Lists are written for this project (English
// news usage); units and rules are documented in docs/export-format.md and docs/quality.md. Covered
// by cardinal_test.cc (Lexicon.*) and, through the grammars, by the figure and time extractor
// tests.
#include "figures/lexicon.h"

#include <initializer_list>
#include <string>
#include <vector>

#include "figures/lexicon_lists.h"

namespace claimtrace::figures {

void AddWord(WordMap& m, std::string_view w, uint64_t cls, double value, int sub,
             std::string_view unit) {
  WordInfo& e = m[w];
  e.cls |= cls;
  if (value != 0) e.value = value;
  if (sub != 0) e.sub = sub;
  if (!unit.empty()) e.unit = unit;
}

void AddWords(WordMap& m, std::initializer_list<std::string_view> words, uint64_t cls) {
  for (std::string_view w : words) AddWord(m, w, cls);
}

void AddUnitWords(WordMap& m, std::initializer_list<std::string_view> words, uint64_t cls,
                  std::string_view unit) {
  for (std::string_view w : words) AddWord(m, w, cls, 0, 0, unit);
}

namespace {

const WordMap& Table() {
  static const WordMap* table = [] {
    auto* m = new WordMap();
    m->reserve(2048);
    AddFigureWords(m);
    AddTimeWords(m);
    return m;
  }();
  return *table;
}

uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// The map above, copied into a flat open-addressing table (linear probing, at most 1/4 full):
// one hash over a short key and usually one probe per lookup, no node chasing. Entries point
// into the map, which lives for the whole process.
class FlatTable {
 public:
  explicit FlatTable(const WordMap& m) {
    size_t n = 16;
    while (n < m.size() * 4) n *= 2;
    slots_.resize(n);
    mask_ = n - 1;
    for (const auto& [key, info] : m) {
      const uint64_t h = Fnv1a(key);
      size_t i = h & mask_;
      while (slots_[i].info != nullptr) i = (i + 1) & mask_;
      slots_[i] = {h, key, &info};
    }
  }

  const WordInfo* Find(std::string_view key) const {
    const uint64_t h = Fnv1a(key);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.info == nullptr) return nullptr;
      if (s.hash == h && s.key == key) return s.info;
    }
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    std::string_view key;
    const WordInfo* info = nullptr;
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

}  // namespace

const WordInfo* LookupWord(std::string_view lower) {
  static const FlatTable* flat = new FlatTable(Table());
  return flat->Find(lower);
}

const WordInfo* LookupPersonNoun(std::string_view lower) {
  static constexpr WordInfo kPerson{.cls = kWcPeople};
  if (lower.size() < 4 || lower.size() > 30) return nullptr;
  // The singular of a listed person noun: "candidate", "delegate", "organizer".
  char buf[32];
  lower.copy(buf, lower.size());
  buf[lower.size()] = 's';
  if (const WordInfo* plural = LookupWord(std::string_view(buf, lower.size() + 1));
      plural && (plural->cls & kWcPeople)) {
    return &kPerson;
  }
  // Agent suffixes: activists, physicians, filmmakers (not "playlists").
  auto ends = [&](std::string_view suffix) { return lower.ends_with(suffix); };
  if (lower.size() >= 7 && (ends("ist") || ends("ists")) && !ends("list") && !ends("lists")) {
    return &kPerson;
  }
  if (lower.size() >= 7 && (ends("ian") || ends("ians"))) return &kPerson;
  if (lower.size() >= 8 && (ends("maker") || ends("makers"))) return &kPerson;
  return nullptr;
}

std::string_view CurrencyForSymbol(std::string_view s) {
  if (s == "$") return "USD";
  if (s == "£") return "GBP";
  if (s == "€") return "EUR";
  if (s == "¥") return "JPY";
  if (s == "₽") return "RUB";
  if (s == "₹") return "INR";
  if (s == "₴") return "UAH";
  if (s == "₺") return "TRY";
  if (s == "₩") return "KRW";
  if (s == "₪") return "ILS";
  if (s == "₦") return "NGN";
  if (s == "₱") return "PHP";
  return {};
}

std::string_view CurrencyForDollarPrefix(std::string_view p) {
  if (p == "US" || p == "U.S." || p == "USD") return "USD";
  if (p == "C" || p == "CA" || p == "Can") return "CAD";
  if (p == "A" || p == "AU" || p == "Aus") return "AUD";
  if (p == "HK") return "HKD";
  if (p == "NZ") return "NZD";
  if (p == "S" || p == "SG") return "SGD";
  if (p == "R") return "BRL";
  if (p == "Mex" || p == "MX") return "MXN";
  if (p == "NT") return "TWD";
  return {};
}

std::string_view CurrencyForCode(std::string_view w) {
  static constexpr std::string_view kCodes[] = {
      "USD", "EUR", "GBP", "RUB", "UAH", "JPY", "CNY", "CHF", "INR", "CAD", "AUD", "NZD",
      "HKD", "SGD", "BRL", "MXN", "TRY", "ZAR", "NGN", "PLN", "SEK", "NOK", "DKK", "SAR",
      "AED", "ILS", "KRW", "TWD", "IDR", "THB", "EGP", "PKR", "BYN", "KZT", "GEL", "HUF",
      "CZK", "RON", "ARS", "CLP", "COP", "PEN", "IRR", "IQD", "VND", "PHP", "MYR"};
  if (w.size() != 3) return {};
  for (std::string_view c : kCodes) {
    if (c == w) return c;
  }
  return {};
}

std::string_view DurationLetter(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::kSecond:
      return "S";
    case TimeUnit::kMinute:
      return "M";
    case TimeUnit::kHour:
      return "H";
    case TimeUnit::kDay:
      return "D";
    case TimeUnit::kWeek:
      return "W";
    case TimeUnit::kFortnight:
      return "W";
    case TimeUnit::kMonth:
      return "M";
    case TimeUnit::kQuarter:
      return "Q";
    case TimeUnit::kYear:
      return "Y";
    case TimeUnit::kDecade:
      return "DE";
    case TimeUnit::kCentury:
      return "CE";
    case TimeUnit::kNone:
      break;
  }
  return {};
}

bool IsClockUnit(TimeUnit unit) {
  return unit == TimeUnit::kSecond || unit == TimeUnit::kMinute || unit == TimeUnit::kHour;
}

}  // namespace claimtrace::figures
