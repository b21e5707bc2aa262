// Text runs an HTML5 parser hands through unchanged, and the character references whose
// decoding by the parser is known exactly. The pre-pass (prepass.h) moves such runs out of the
// markup into its TextStore, so the parser does not read them character by character.
//
// ParserKeepsAsIs: true when the parser would hand `text` (valid UTF-8) through unchanged apart
// from white space: no character references, none of the code points the tokenizer replaces
// (NUL, C0/C1 controls other than white space, noncharacters). ParserKeepsAsIsSimple is the
// byte loop the word-at-a-time version is tested against.
// DecodeKnownReferences: `text` with its character references decoded into *out when every
// '&' starts a reference decoded here (numeric ones with a semicolon whose code point is not
// white space, a control or private use, and &amp; &lt; &gt; &quot; &nbsp;) and the rest
// passes ParserKeepsAsIs; false otherwise. The result is what gumbo makes of the text (checked
// against gumbo in parser_text_test.cc); decoded characters are never white space. Pure
// functions; thread-safe.
//
//   std::string decoded;
//   if (ParserKeepsAsIs(run) || DecodeKnownReferences(run, &decoded)) Store(...);
#ifndef CLAIMTRACE_WEB_PARSER_TEXT_H_
#define CLAIMTRACE_WEB_PARSER_TEXT_H_

#include <string>
#include <string_view>

namespace claimtrace::web {

bool ParserKeepsAsIs(std::string_view text);
bool ParserKeepsAsIsSimple(std::string_view text);

bool DecodeKnownReferences(std::string_view text, std::string* out);

}  // namespace claimtrace::web

#endif  // CLAIMTRACE_WEB_PARSER_TEXT_H_
