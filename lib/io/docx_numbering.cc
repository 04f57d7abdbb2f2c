#include "io/docx_numbering.h"

#include <cstdlib>

#include "io/xml_stream.h"

namespace mubiao::io {
namespace {

int to_int(const char* s, int fallback) {
  if (!s) return fallback;
  char* end = nullptr;
  const long v = std::strtol(s, &end, 10);
  return end == s || v < -1000000 || v > 1000000 ? fallback : static_cast<int>(v);
}

const char* const kDigits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
const char* const kLegalDigits[] = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};

// 1..9999 in Chinese counting ("十一", "二十", "一百零五").
std::string chinese(int n, const char* const* digits, const char* ten, const char* hundred,
                    const char* thousand) {
  if (n <= 0 || n > 9999) return std::to_string(n);
  const char* units[] = {"", ten, hundred, thousand};
  std::string out;
  bool zero = false;
  int parts[4] = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
  for (int i = 0; i < 4; ++i) {
    const int d = parts[i];
    if (d == 0) {
      if (!out.empty()) zero = true;
      continue;
    }
    if (zero) {
      out += digits[0];
      zero = false;
    }
    // "十一", not "一十一", when ten leads.
    if (!(d == 1 && i == 2 && out.empty())) out += digits[d];
    out += units[3 - i];
  }
  return out;
}

std::string letters(int n, char a) {
  if (n <= 0) return std::to_string(n);
  // Word repeats the letter: a..z, aa..zz, ...
  const int times = (n - 1) / 26 + 1;
  return std::string(static_cast<std::size_t>(times), static_cast<char>(a + (n - 1) % 26));
}

std::string roman(int n, bool upper) {
  if (n <= 0 || n >= 4000) return std::to_string(n);
  static const struct {
    int v;
    const char* s;
  } kTable[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                {90, "xc"},  {50, "l"},   {40, "xl"}, {10, "x"},   {9, "ix"},
                {5, "v"},    {4, "iv"},   {1, "i"}};
  std::string out;
  for (const auto& r : kTable)
    while (n >= r.v) {
      out += r.s;
      n -= r.v;
    }
  if (upper)
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

// Appends code point c (BMP) as UTF-8.
std::string code_point(unsigned c) {
  std::string out;
  if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  }
  out += static_cast<char>(0x80 | (c & 0x3F));
  return out;
}

class NumberingParser : public XmlHandler {
 public:
  explicit NumberingParser(DocxNumbering& n) : n_(n) {}
  void start(std::string_view name, const char** a) override {
    if (name == "abstractNum") {
      abstract_ = to_int(xml_attribute(a, "abstractNumId"), -1);
    } else if (name == "lvl") {
      level_ = to_int(xml_attribute(a, "ilvl"), -1);
    } else if (name == "num") {
      num_ = to_int(xml_attribute(a, "numId"), -1);
    } else if (name == "lvlOverride") {
      override_ = to_int(xml_attribute(a, "ilvl"), -1);
    } else if (name == "abstractNumId" && num_ >= 0) {
      n_.nums[num_].abstract_id = to_int(xml_attribute(a, "val"), -1);
    } else if (name == "startOverride" && num_ >= 0 && override_ >= 0) {
      n_.nums[num_].start_override[override_] = to_int(xml_attribute(a, "val"), 1);
    } else if (abstract_ >= 0 && level_ >= 0 && override_ < 0) {
      DocxNumbering::Level& l = n_.abstract_levels[abstract_][level_];
      const char* v = xml_attribute(a, "val");
      if (name == "start")
        l.start = to_int(v, 1);
      else if (name == "numFmt" && v)
        l.format = v;
      else if (name == "lvlText" && v)
        l.text = v;
    }
  }
  void end(std::string_view name) override {
    if (name == "abstractNum")
      abstract_ = -1;
    else if (name == "lvl")
      level_ = -1;
    else if (name == "num")
      num_ = -1;
    else if (name == "lvlOverride")
      override_ = -1;
  }
  void text(std::string_view) override {}

 private:
  DocxNumbering& n_;
  int abstract_ = -1, level_ = -1, num_ = -1, override_ = -1;
};

}  // namespace

std::string format_list_number(int n, const std::string& f) {
  if (f == "decimal" || f == "decimalZero")
    return f == "decimalZero" && n < 10 ? "0" + std::to_string(n) : std::to_string(n);
  if (f == "chineseCounting" || f == "chineseCountingThousand" || f == "taiwaneseCounting" ||
      f == "taiwaneseCountingThousand")
    return chinese(n, kDigits, "十", "百", "千");
  if (f == "chineseLegalSimplified") return chinese(n, kLegalDigits, "拾", "佰", "仟");
  if (f == "ideographTraditional" && n >= 1 && n <= 10) {
    static const char* const kStems[] = {"甲", "乙", "丙", "丁", "戊",
                                         "己", "庚", "辛", "壬", "癸"};
    return kStems[n - 1];
  }
  if (f == "ideographZodiac" && n >= 1 && n <= 12) {
    static const char* const kBranches[] = {"子", "丑", "寅", "卯", "辰", "巳",
                                            "午", "未", "申", "酉", "戌", "亥"};
    return kBranches[n - 1];
  }
  if ((f == "decimalEnclosedCircle" || f == "decimalEnclosedCircleChinese") && n >= 1 && n <= 20)
    return code_point(0x2460 + static_cast<unsigned>(n) - 1);  // ① ..
  if (f == "decimalEnclosedParen" && n >= 1 && n <= 20)
    return code_point(0x2474 + static_cast<unsigned>(n) - 1);  // ⑴ ..
  if (f == "decimalEnclosedFullstop" && n >= 1 && n <= 20)
    return code_point(0x2488 + static_cast<unsigned>(n) - 1);  // ⒈ ..
  if (f == "decimalFullWidth" || f == "decimalFullWidth2") {
    std::string out;
    for (char c : std::to_string(n)) out += code_point(0xFF10 + static_cast<unsigned>(c - '0'));
    return out;
  }
  if (f == "lowerLetter") return letters(n, 'a');
  if (f == "upperLetter") return letters(n, 'A');
  if (f == "lowerRoman") return roman(n, false);
  if (f == "upperRoman") return roman(n, true);
  if (f == "none") return "";
  return std::to_string(n);
}

void DocxNumbering::load(const std::string& xml) {
  if (xml.empty()) return;
  NumberingParser handler(*this);
  XmlStream stream(handler, "word/numbering.xml");
  stream.feed(xml, true);
}

std::string DocxNumbering::next_label(int num_id, int level) {
  auto num = nums.find(num_id);
  if (num == nums.end() || level < 0 || level > 8) return "";
  auto levels = abstract_levels.find(num->second.abstract_id);
  if (levels == abstract_levels.end()) return "";
  auto start_of = [&](int l) {
    auto o = num->second.start_override.find(l);
    if (o != num->second.start_override.end()) return o->second;
    auto it = levels->second.find(l);
    return it == levels->second.end() ? 1 : it->second.start;
  };
  std::vector<int>& c = counters_[num_id];
  c.resize(9, 0);
  c[static_cast<std::size_t>(level)] = c[static_cast<std::size_t>(level)] == 0
                                           ? start_of(level)
                                           : c[static_cast<std::size_t>(level)] + 1;
  for (int deeper = level + 1; deeper < 9; ++deeper) c[static_cast<std::size_t>(deeper)] = 0;
  auto lvl = levels->second.find(level);
  if (lvl == levels->second.end() || lvl->second.format == "bullet") return "";
  // "%1.%2" -> the counters of levels 1 and 2, each in its own level's format.
  std::string out;
  const std::string& t = lvl->second.text;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
      const int l = t[i + 1] - '1';
      auto it = levels->second.find(l);
      const int value =
          c[static_cast<std::size_t>(l)] == 0 ? start_of(l) : c[static_cast<std::size_t>(l)];
      out += format_list_number(value, it == levels->second.end() ? "decimal" : it->second.format);
      ++i;
    } else {
      out += t[i];
    }
  }
  return out;
}

}  // namespace mubiao::io
