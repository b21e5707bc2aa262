// Builds entity profiles: spellings from the entity name and its mentions, person names
// transliterated to ASCII and parsed (plus de-inflected readings for Cyrillic), alias and
// initialism keys for other types; links lone surnames to the dominant full name in the same
// document. Covered by src/resolve/entity_resolver_test.cc.
#include "resolve/entity_profile.h"

#include <algorithm>

#include "resolve/alias_key.h"
#include "resolve/text_features.h"

namespace claimtrace::resolve {

std::string CleanSurface(std::string_view s) {
  std::string out(s);
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n' || out.back() == '\t')) {
    out.pop_back();
  }
  size_t b = 0;
  while (b < out.size() && (out[b] == ' ' || out[b] == '\n' || out[b] == '\t')) ++b;
  out.erase(0, b);
  for (std::string_view suffix : {"'s", "’s", "'S", "’S"}) {
    if (out.size() > suffix.size() &&
        out.compare(out.size() - suffix.size(), suffix.size(), suffix) == 0) {
      out.resize(out.size() - suffix.size());
      break;
    }
  }
  while (!out.empty() && (out.back() == '\'' || out.back() == ',' || out.back() == '.')) {
    // Keep the dot of a trailing initialism ("U.S.").
    if (out.back() == '.' && out.size() >= 2 && out[out.size() - 2] >= 'A' &&
        out[out.size() - 2] <= 'Z')
      break;
    out.pop_back();
  }
  std::string collapsed;
  bool space = false;
  for (char c : out) {
    if (c == ' ' || c == '\n' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !collapsed.empty()) collapsed.push_back(' ');
    space = false;
    collapsed.push_back(c);
  }
  return collapsed;
}

std::string GivenString(const std::vector<NameWord>& given) {
  std::string out;
  for (const NameWord& w : given) {
    if (!out.empty()) out.push_back(' ');
    out += w.ascii;
  }
  return out;
}

std::vector<NameWord> GivenFromString(std::string_view s) {
  std::vector<NameWord> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) {
      NameWord w;
      w.ascii = std::string(s.substr(i, j - i));
      w.key = PhoneticKey(w.ascii);
      w.initial = w.ascii.size() == 1;
      if (!w.key.empty()) out.push_back(std::move(w));
    }
    i = j + 1;
  }
  return out;
}

EntityProfile BuildEntityProfile(const Document& doc, int index, NameTransliterator& translit) {
  EntityProfile profile;
  EntityProfile* p = &profile;
  const Entity& e = doc.entities[index];
  p->index = index;
  p->type = e.type;
  p->mentions = e.mentions.size();
  auto add_surface = [&](std::string_view raw) {
    std::string s = CleanSurface(raw);
    if (s.empty()) return;
    if (std::find(p->surfaces.begin(), p->surfaces.end(), s) == p->surfaces.end()) {
      p->surfaces.push_back(std::move(s));
    }
  };
  add_surface(e.name);
  for (const ByteSpan& m : e.mentions) {
    if (m.end <= doc.text.size() && !m.empty()) add_surface(doc.Slice(m));
  }
  for (const std::string& role : e.roles) {
    for (std::string& w : ContentWords(role)) p->role_words.insert(std::move(w));
  }

  if (e.type == EntityType::kPerson) {
    std::vector<std::string> kept;
    for (const std::string& surface : p->surfaces) {
      const std::vector<std::string> forms = translit.ToAscii(surface, doc.language);
      const NameScript script = DetectNameScript(surface);
      const bool cyrillic = script == NameScript::kRussian || script == NameScript::kUkrainian ||
                            script == NameScript::kCyrillic;
      std::string surface_without_titles;
      for (size_t f = 0; f < forms.size(); ++f) {
        PersonName name = ParsePersonName(forms[f]);
        if (name.empty()) continue;
        for (const std::string& t : name.titles) {
          for (std::string& w : ContentWords(t)) p->role_words.insert(std::move(w));
        }
        if (f == 0) {
          // The spelling kept as an alias: the surface without its leading titles.
          std::string_view rest = surface;
          for (size_t k = 0; k < name.titles.size(); ++k) {
            const size_t sp = rest.find(' ');
            if (sp == std::string_view::npos) break;
            rest.remove_prefix(sp + 1);
          }
          surface_without_titles = std::string(rest);
        }
        p->surname_keys.insert(name.surname.key);
        p->has_given |= !name.given.empty();
        if (cyrillic) {
          // Oblique-case readings ("Буданова", "Кирилла Буданова").
          std::vector<std::string> surnames = DeinflectedSurnames(name.surname.ascii);
          std::vector<std::string> given_alts;
          if (!name.given.empty()) given_alts = DeinflectedGivenNames(name.given.front().ascii);
          for (const std::string& s : surnames) {
            PersonName g = name;
            g.guessed = true;
            g.surname.ascii = s;
            g.surname.key = PhoneticKey(s);
            if (!given_alts.empty()) {
              g.given.front().ascii = given_alts.front();
              g.given.front().key = PhoneticKey(given_alts.front());
            }
            if (!p->surname_keys.count(g.surname.key)) {
              p->guessed_surname_keys.insert(g.surname.key);
            }
            p->readings.push_back(std::move(g));
          }
        }
        p->readings.push_back(std::move(name));
      }
      if (!surface_without_titles.empty() &&
          std::find(kept.begin(), kept.end(), surface_without_titles) == kept.end()) {
        kept.push_back(surface_without_titles);
      }
    }
    p->surfaces = std::move(kept);
    for (const std::string& k : p->surname_keys) p->guessed_surname_keys.erase(k);
  }
  for (const std::string& surface : p->surfaces) {
    for (const std::string& ascii : translit.ToAscii(surface, doc.language)) {
      std::string key = AliasKey(ascii);
      if (key.empty()) continue;
      if (e.type != EntityType::kPerson) {
        if (LooksLikeInitialism(ascii)) p->written_initialisms.insert(InitialismLetters(ascii));
        std::string derived = InitialismOf(ascii);
        if (!derived.empty()) p->derived_initialisms.insert(std::move(derived));
      }
      if (AliasWordCount(key) >= 2) p->long_alias_keys.insert(key);
      p->alias_keys.insert(std::move(key));
    }
  }
  if (e.type == EntityType::kPerson) {
    p->strong = p->has_given;
  } else {
    // A bare initialism is weak (FSB could be more than one body); any other name is strong.
    p->strong = !(p->long_alias_keys.empty() && !p->written_initialisms.empty() &&
                  p->alias_keys.size() == p->written_initialisms.size());
  }
  return profile;
}

void LinkWithinDocument(std::vector<EntityProfile>& profiles) {
  for (size_t i = 0; i < profiles.size(); ++i) {
    EntityProfile& p = profiles[i];
    if (p.type != EntityType::kPerson || p.has_given || p.surname_keys.empty()) continue;
    // The dominant full name with this surname (most mentions); a tie is no decision.
    int best = -1;
    size_t best_mentions = 0;
    bool tie = false;
    for (size_t j = 0; j < profiles.size(); ++j) {
      const EntityProfile& q = profiles[j];
      if (j == i || q.type != EntityType::kPerson || !q.has_given) continue;
      bool shares = false;
      for (const std::string& k : p.surname_keys) shares |= q.surname_keys.count(k) > 0;
      if (!shares) continue;
      if (best < 0 || q.mentions > best_mentions) {
        best = static_cast<int>(j);
        best_mentions = q.mentions;
        tie = false;
      } else if (q.mentions == best_mentions) {
        tie = true;
      }
    }
    if (best >= 0 && !tie) p.link_to = best;
  }
}

}  // namespace claimtrace::resolve
