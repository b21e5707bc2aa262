// Generated news-style test articles for the CLI tests: every one distinct (so its content id is
// distinct), a few paragraphs with a quote, a relayed report, figures and dates, written here for
// the tests (no real article text).
//
//   std::string text = TestArticle(7);            // plain text with a headline
//   std::string line = TestArticleJsonLine(7);    // {"id": "t7", "outlet": ..., "text": ...}
#ifndef CLAIMTRACE_TESTS_CLI_TEST_ARTICLES_H_
#define CLAIMTRACE_TESTS_CLI_TEST_ARTICLES_H_

#include <string>

namespace claimtrace::testing {

inline std::string TestArticle(int i) {
  const std::string n = std::to_string(i);
  const std::string homes = std::to_string(1200 + 7 * i);
  return "Storm leaves " + homes + " homes without power in district " + n + "\n\n" +
         "Crews worked through the night on Tuesday after a storm cut power to " + homes +
         " homes in district " + n + ", the regional utility said.\n\n" +
         "\"We expect most customers to be reconnected by Thursday,\" said Marta Oleksiuk, a "
         "spokeswoman for Northgrid, adding that between 40 and 60 engineers were on site.\n\n" +
         "Mayor Daniel Reyes told the Valley Courier that schools in district " + n +
         " would stay closed for two days. According to the county emergency office, "
         "nearly 300 trees fell across roads.\n";
}

inline std::string JsonEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

inline std::string TestArticleJsonLine(int i) {
  return "{\"id\": \"t" + std::to_string(i) +
         "\", \"outlet\": \"Valley Courier\", \"published\": \"2023-11-0" +
         std::to_string(1 + i % 9) + "\", \"text\": \"" + JsonEscape(TestArticle(i)) + "\"}\n";
}

}  // namespace claimtrace::testing

#endif  // CLAIMTRACE_TESTS_CLI_TEST_ARTICLES_H_
