// Numeric expressions in running Chinese text, found and normalized.
//
//   mubiao::NumberRecognizer rec;
//   for (const mubiao::Mention& m : rec.find(text))   // throws InvalidUtf8
//     std::cout << m.span.of(text) << " = " << m.value << m.unit << "\n";
//
// "1.3万余个" -> cardinal 13000, unit "个", qualifier over;
// "百分之五十" -> percent 50, unit "%"; "2至3年" -> range 2..3, unit "年";
// "第十二次" -> ordinal 12; "2022年" -> year 2022.
// NumberRecognizer is immutable and safe to share between threads.
#ifndef MUBIAO_NUMBERS_H_
#define MUBIAO_NUMBERS_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mubiao/text.h"

namespace mubiao {

enum class NumberKind {
  cardinal,  // 55992, 两千, 1.3万 (a whole number)
  decimal,   // 5.5, 三点五
  percent,   // 7.5%, 百分之五十, 千分之三 (value in percent: 0.3)
  points,    // 0.5个百分点 (percentage points, not percent)
  ordinal,   // 第十二次, 二十大, 十四五
  multiple,  // 翻一番 -> 2, 翻两番 -> 4
  fraction,  // 三分之一 -> 0.333…
  range,     // 2至3年, 6%－6.5%: value is the low end, upper the high end
  year,      // 2022年
  month,     // 3月份
  day,       // 5日
  quarter,   // 三季度
  duration,  // 两年内, 五年
};
const char* number_kind_name(NumberKind kind);

enum class Qualifier {
  none,
  over,      // 余, 多, 超过
  about,     // 左右, 约
  at_least,  // 以上, 不低于, 不少于
  at_most,   // 以下, 以内, 不超过
  nearly,    // 近, 接近
};
const char* qualifier_name(Qualifier q);

struct Mention {
  Span span;  // the whole expression, qualifiers and unit included
  NumberKind kind = NumberKind::cardinal;
  double value = 0;             // in base units; percent scale for % (7.5% -> 7.5)
  std::optional<double> upper;  // the high end of a range
  // The value as an exact decimal ("30000000000", "0.05", "1e+400"): no
  // precision is lost for long or huge numbers. Empty when the value cannot
  // be represented (then value is 0 and representable is false).
  std::string exact;
  std::string exact_upper;
  bool representable = true;
  std::string unit;  // "亩", "元", "%", "百分点", "个", "" ...
  Qualifier qualifier = Qualifier::none;
  // 十几万, 三四十万: a vague quantity. A vague pair is a range (300000 to
  // 400000); 几 gives the lower bound with qualifier over (十几万: over 100000).
  bool approximate = false;
};

class Document;  // mubiao/segment.h

class NumberRecognizer {
 public:
  NumberRecognizer();
  ~NumberRecognizer();
  NumberRecognizer(NumberRecognizer&&) noexcept;
  NumberRecognizer& operator=(NumberRecognizer&&) noexcept;

  // Every numeric expression in text, in order, non-overlapping.
  // Throws InvalidUtf8.
  std::vector<Mention> find(std::string_view text) const;
  // The same over text[range) only; offsets stay relative to text. A range
  // past the text is clamped, and an edge that cuts a well-formed character
  // moves off it. Only the range is read and validated (InvalidUtf8 gives an
  // offset into text), so scanning a long text range by range stays linear.
  std::vector<Mention> find(std::string_view text, Span range) const;
  // The numbers of a segmented text, read through its layout
  // (Document::plain): a number that a line or page break split ("39.6\n4%",
  // "3500\n亿元") is one mention whose span covers the break, and page
  // numbers, page markers and running heads are not read. Offsets are into
  // doc.text().
  std::vector<Mention> find(const Document& doc) const;
  // The same mentions, each handed to `take` as it is found, in order, and
  // none kept: a caller that writes them out holds one at a time (those of
  // a 12 MB report take 8 MB). An exception from take ends the scan.
  void find(const Document& doc, const std::function<void(const Mention&)>& take) const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

// Text with every number rewritten in Arabic form ("增长百分之五" ->
// "增长5%", "1.3万余个" -> "13000余个", "三分之一" -> "1/3"), and for each
// output byte the input byte it came from. Units, qualifiers and names
// (二十大, 十四五) are kept as written.
struct Normalized {
  std::string text;
  // source[i] is the input offset of output byte i; source has
  // text.size() + 1 entries, the last being the input's size.
  std::vector<std::size_t> source;
  // The input span that produced output[start, end).
  Span input_span(Span output) const;
};

// Throws InvalidUtf8.
Normalized normalize(const NumberRecognizer& recognizer, std::string_view text);
// The same text without the offset map (which takes 8 bytes per byte of
// text): for callers that only print it.
std::string normalize_text(const NumberRecognizer& recognizer, std::string_view text);

}  // namespace mubiao

#endif  // MUBIAO_NUMBERS_H_
