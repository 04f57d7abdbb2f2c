#include "segment/word_lexicon.h"

#include <algorithm>

#include "mubiao/text.h"
#include "text/utf8.h"

namespace mubiao {

namespace {
// How much more probable an added word is than the best way to cut it:
// e^2, enough to survive rounding and small neighbouring differences.
constexpr double kAddedWordMargin = 2.0;
}  // namespace

double WordLexicon::best_split_logp(const std::u32string& cps) const {
  const std::size_t n = cps.size();
  std::vector<double> best(n + 1, 0.0);
  for (std::size_t i = n; i-- > 0;) {
    double b = dict_.unknown_logp() + kWordBonus + best[i + 1];
    dict_.for_each_prefix_word(cps.data() + i, n - i, [&](std::size_t len, float lp) {
      b = std::max(b, lp + kWordBonus + best[i + len]);
    });
    best[i] = b;
  }
  return best[0];
}

bool WordLexicon::add(std::string_view word) {
  while (!word.empty() && (word.back() == ' ' || word.back() == '\t' || word.back() == '\r'))
    word.remove_suffix(1);
  while (!word.empty() && (word.front() == ' ' || word.front() == '\t')) word.remove_prefix(1);
  if (word.empty() || find_invalid_utf8(word)) return false;
  std::u32string cps;
  for (std::size_t i = 0; i < word.size();) {
    const char32_t c = utf8::decode(word, i);
    if (!utf8::is_han(c)) return false;
    cps.push_back(c);
  }
  // A single character needs no help to stay whole.
  if (cps.size() < 2) return false;
  // The best split already counts the word itself when jieba knows it.
  // Scores carry kWordBonus per word: the whole word gets one, so it must
  // make up for the bonus of every word of the split on its own.
  const double logp = best_split_logp(cps) - kWordBonus + kAddedWordMargin;
  std::uint32_t node = 0;
  for (char32_t c : cps) {
    auto [it, inserted] = edges_.try_emplace(key(node, c), static_cast<std::uint32_t>(logp_.size()));
    if (inserted) logp_.push_back(0.0f);
    node = it->second;
  }
  if (logp_[node] == 0.0f) ++words_;
  logp_[node] = static_cast<float>(std::min(logp, -1e-3));
  return true;
}

void WordLexicon::add_lines(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t eol = text.find('\n', at);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(at, eol - at);
    at = eol + 1;
    const std::size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    add(line);
  }
}

}  // namespace mubiao
