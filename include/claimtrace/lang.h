// The language core: tokens, sentences, named entities and in-article linking.
//
// LanguageAnalyzer is loaded once (model and lexicons from the data directory) and is then
// immutable: Analyze may be called concurrently from many threads. It fills
// Document::sentences and Document::entities and returns the token-level analysis that later
// stages (attribution, figures, times) build on, so nothing is tokenised twice.
//
// Load reads data/models/ner.model and data/lexicons/*.tsv (FindDataFile) plus the Debian data
// of iso-codes, wordnet-base and wamerican-large; a missing or damaged file is an error.
// Token conventions (src/lang/README.md): the clitic 's is its own token; hyphens join only
// lower-case compounds; abbreviations keep their period; mentions never include a trailing 's,
// and outlet mentions leave out a leading "The" (kept in Entity::name: "The Times"). Analyze
// never fails: empty or odd text gives empty results.
//
//   CT_ASSIGN_OR_RETURN(auto analyzer, LanguageAnalyzer::Load({.data_dir = dir}));
//   TextAnalysis analysis = analyzer->Analyze(&doc);
#ifndef CLAIMTRACE_LANG_H_
#define CLAIMTRACE_LANG_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "claimtrace/document.h"
#include "claimtrace/status.h"

namespace claimtrace {

enum class TokenKind : uint8_t {
  kWord,    // letters, possibly with inner apostrophes/hyphens/periods ("U.S.", "don't")
  kNumber,  // digits with separators ("7,000", "1.5", "30,000-40,000" is three tokens)
  kPunct,   // . , ; : ! ? ( ) ...
  kQuote,   // any quotation mark; see kTokenOpensQuote / kTokenClosesQuote
  kDash,    // - – — used as punctuation
  kSymbol,  // $ % £ € & @ # / and other symbols
  kOther,   // URLs, e-mail addresses, emoji
};

// Token::flags bits.
inline constexpr uint16_t kTokenCapitalized = 1 << 0;     // first letter upper case
inline constexpr uint16_t kTokenAllCaps = 1 << 1;         // every letter upper case (>= 2 letters)
inline constexpr uint16_t kTokenSentenceStart = 1 << 2;   // first token of a sentence
inline constexpr uint16_t kTokenParagraphStart = 1 << 3;  // first token after a blank line / start
inline constexpr uint16_t kTokenSpaceBefore = 1 << 4;     // whitespace precedes it
inline constexpr uint16_t kTokenOpensQuote = 1 << 5;      // quote mark that opens a quotation
inline constexpr uint16_t kTokenClosesQuote = 1 << 6;     // quote mark that closes one
inline constexpr uint16_t kTokenLineStart = 1 << 7;       // first token on its line

struct Token {
  ByteSpan span;
  TokenKind kind = TokenKind::kWord;
  uint16_t flags = 0;
  int32_t entity = -1;  // index into Document::entities of the mention covering it, or -1
};

// Token-level view of a document, parallel to the Document it was computed from.
struct TextAnalysis {
  std::vector<Token> tokens;
  // sentence_tokens[i] = [first, last) token indices of Document::sentences[i].
  std::vector<std::pair<uint32_t, uint32_t>> sentence_tokens;
};

struct LanguageOptions {
  std::string data_dir;    // override for the data directory (see core/data_path.h)
  std::string model_path;  // NER model file; default: models/ner.model in the data directory
};

class LanguageAnalyzer {
 public:
  static Result<std::unique_ptr<LanguageAnalyzer>> Load(const LanguageOptions& options);
  ~LanguageAnalyzer();
  LanguageAnalyzer(const LanguageAnalyzer&) = delete;
  LanguageAnalyzer& operator=(const LanguageAnalyzer&) = delete;

  // Fills doc->sentences and doc->entities (replacing any there) and returns the tokens.
  TextAnalysis Analyze(Document* doc) const;

 private:
  LanguageAnalyzer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimtrace

#endif  // CLAIMTRACE_LANG_H_
