// A minimal JSON reader for the conformance suites' spec files (no JSON
// library is installed). Parses the full grammar into a tree of Values;
// numbers are kept as their source text. Throws std::runtime_error on
// malformed input.
#ifndef MUBIAO_TESTS_JSON_MINI_H_
#define MUBIAO_TESTS_JSON_MINI_H_

#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace mubiao::test::json {

struct Value {
  enum class Type { null, boolean, number, string, array, object } type = Type::null;
  bool b = false;
  std::string s;  // string contents, or a number's text
  std::vector<Value> items;
  std::vector<std::pair<std::string, Value>> members;

  const Value* get(std::string_view key) const {
    for (const auto& [k, v] : members)
      if (k == key) return &v;
    return nullptr;
  }
  std::string str(std::string_view key) const {
    const Value* v = get(key);
    return v && (v->type == Type::string || v->type == Type::number) ? v->s : std::string();
  }
};

class Parser {
 public:
  explicit Parser(std::string_view text) : t_(text) {
    if (t_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;  // BOM
  }
  Value parse() {
    Value v = value();
    ws();
    if (i_ != t_.size()) fail("trailing data");
    return v;
  }

 private:
  [[noreturn]] void fail(const char* what) {
    throw std::runtime_error(std::string("json: ") + what + " at " + std::to_string(i_));
  }
  void ws() {
    while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\n' || t_[i_] == '\r' || t_[i_] == '\t'))
      ++i_;
  }
  bool eat(char c) {
    ws();
    if (i_ < t_.size() && t_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  void expect(char c) {
    if (!eat(c)) fail("unexpected character");
  }
  static void put(std::string& out, unsigned cp) {
    if (cp < 0x80)
      out += static_cast<char>(cp);
    else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  unsigned hex4() {
    if (i_ + 4 > t_.size()) fail("short \\u escape");
    unsigned v = 0;
    for (int k = 0; k < 4; ++k) {
      char c = t_[i_++];
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f')
        v |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        v |= static_cast<unsigned>(c - 'A' + 10);
      else
        fail("bad hex digit");
    }
    return v;
  }
  std::string string() {
    expect('"');
    std::string out;
    while (true) {
      if (i_ >= t_.size()) fail("unterminated string");
      char c = t_[i_++];
      if (c == '"') return out;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (i_ >= t_.size()) fail("bad escape");
      char e = t_[i_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00 && t_.substr(i_, 2) == "\\u") {
            i_ += 2;
            unsigned lo = hex4();
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          put(out, cp);
          break;
        }
        default: fail("bad escape");
      }
    }
  }
  Value value() {
    ws();
    if (i_ >= t_.size()) fail("unexpected end");
    Value v;
    char c = t_[i_];
    if (c == '{') {
      ++i_;
      v.type = Value::Type::object;
      if (eat('}')) return v;
      do {
        ws();
        std::string k = string();
        expect(':');
        v.members.emplace_back(std::move(k), value());
      } while (eat(','));
      expect('}');
    } else if (c == '[') {
      ++i_;
      v.type = Value::Type::array;
      if (eat(']')) return v;
      do v.items.push_back(value());
      while (eat(','));
      expect(']');
    } else if (c == '"') {
      v.type = Value::Type::string;
      v.s = string();
    } else if (t_.substr(i_, 4) == "true") {
      i_ += 4;
      v.type = Value::Type::boolean;
      v.b = true;
    } else if (t_.substr(i_, 5) == "false") {
      i_ += 5;
      v.type = Value::Type::boolean;
    } else if (t_.substr(i_, 4) == "null") {
      i_ += 4;
    } else {
      std::size_t s = i_;
      while (i_ < t_.size() &&
             std::string_view("+-0123456789.eE").find(t_[i_]) != std::string_view::npos)
        ++i_;
      if (s == i_) fail("unexpected character");
      v.type = Value::Type::number;
      v.s = std::string(t_.substr(s, i_ - s));
    }
    return v;
  }

  std::string_view t_;
  std::size_t i_ = 0;
};

inline Value parse(std::string_view text) { return Parser(text).parse(); }

}  // namespace mubiao::test::json

#endif  // MUBIAO_TESTS_JSON_MINI_H_
