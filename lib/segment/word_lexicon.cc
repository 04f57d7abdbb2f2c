#include "segment/word_lexicon.h"

#include <algorithm>

#include "mubiao/text.h"
#include "text/utf8.h"

namespace mubiao {

namespace {

// How much more probable an added word is than the best way to cut it:
// e^2, enough to survive rounding and small neighbouring differences.
constexpr double kAddedWordMargin = 2.0;

std::string_view trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  return s;
}

// The word's code points, or empty when it cannot be an added word.
std::u32string han_word(std::string_view word) {
  word = trim(word);
  if (find_invalid_utf8(word)) return {};
  std::u32string cps;
  for (std::size_t i = 0; i < word.size();) {
    const char32_t c = utf8::decode(word, i);
    if (!utf8::is_han(c)) return {};
    cps.push_back(c);
  }
  // A single character needs no help to stay whole.
  return cps.size() >= 2 ? cps : std::u32string();
}

}  // namespace

WordLexicon::WordLexicon(const WordDict& dict, std::string_view lexicon_text,
                         const std::vector<std::string>& extra_words)
    : dict_(dict) {
  std::vector<std::u32string> words;
  for (std::size_t at = 0; at < lexicon_text.size();) {
    std::size_t eol = lexicon_text.find('\n', at);
    if (eol == std::string_view::npos) eol = lexicon_text.size();
    std::string_view line = lexicon_text.substr(at, eol - at);
    at = eol + 1;
    line = line.substr(0, line.find('#'));
    if (auto w = han_word(line); !w.empty()) words.push_back(std::move(w));
  }
  for (const std::string& e : extra_words)
    if (auto w = han_word(e); !w.empty()) words.push_back(std::move(w));
  // Shorter words first: every way to cut a word is made of shorter words,
  // so each word is scored against all the added words it could be cut into.
  std::stable_sort(
      words.begin(), words.end(),
      [](const std::u32string& a, const std::u32string& b) { return a.size() < b.size(); });
  for (const auto& w : words) add(w);
}

double WordLexicon::best_split_score(const std::u32string& cps) const {
  const std::size_t n = cps.size();
  std::vector<double> best(n + 1, 0.0);
  for (std::size_t i = n; i-- > 0;) {
    double b = dict_.unknown_logp() + word_bonus(1) + best[i + 1];
    auto consider = [&](std::size_t len, float lp) {
      b = std::max(b, lp + word_bonus(len) + best[i + len]);
    };
    dict_.for_each_prefix_word(cps.data() + i, n - i, consider);
    for_each_prefix_word(cps.data() + i, n - i, consider);
    best[i] = b;
  }
  return best[0];
}

bool WordLexicon::contains(const char32_t* cps, std::size_t n) const {
  bool found = false;
  for_each_prefix_word(cps, n, [&](std::size_t len, float) { found = found || len == n; });
  return found;
}

void WordLexicon::add(const std::u32string& cps) {
  if (contains(cps.data(), cps.size())) return;  // listed twice
  // Scores carry word_bonus() per word: the whole word gets one, so it must
  // make up for the bonus of every word of the split on its own.
  const double logp = best_split_score(cps) - word_bonus(cps.size()) + kAddedWordMargin;
  const std::size_t bit = filter_bit(cps[0], cps[1]);
  start_pairs_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  std::uint32_t node = 0;
  for (char32_t c : cps) {
    const auto fresh = static_cast<std::uint32_t>(logp_.size());
    node = edges_.find_or_insert(node, c, fresh);
    if (node == fresh) logp_.push_back(0.0f);
  }
  ++words_;
  // ln P < 0 always; 0 marks "no word" in logp_.
  logp_[node] = static_cast<float>(std::min(logp, -1e-3));
}

}  // namespace mubiao
