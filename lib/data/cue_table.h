// A table of words with roles (cue words), indexed for the lookups every
// stage makes in running text: the rightmost/leftmost/longest row of a role,
// a prefix or a suffix. Loaded from the embedded tables (data/tables.h) by
// cue_table(); used by the segmenter's report parts, target extraction and
// the research layer alike. Immutable after construction.
#ifndef MUBIAO_LIB_DATA_CUE_TABLE_H_
#define MUBIAO_LIB_DATA_CUE_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "data/tables.h"
#include "text/char_index.h"

namespace mubiao::data {

// One row of a table: a word and up to two values.
struct Cue {
  std::string word;
  std::string role;
  std::string value;
};

// A found cue: where it starts and ends inside the searched text.
struct Hit {
  const Cue* cue = nullptr;
  std::size_t start = 0;
  std::size_t end = 0;
  explicit operator bool() const { return cue != nullptr; }
};

// A role of one table, looked up by its name once (CueTable::role): the
// lookups that take it skip the search for the name, which the stages would
// otherwise make millions of times per report. Valid with its table only.
class CueRole {
 public:
  CueRole() = default;  // no role: lookups find nothing

 private:
  friend class CueTable;
  explicit CueRole(int id) : id_(id) {}
  friend bool operator==(CueRole a, CueRole b) { return a.id_ == b.id_; }
  friend bool operator!=(CueRole a, CueRole b) { return a.id_ != b.id_; }
  int id_ = -2;  // CueTable::kNoRole
};

// The rows of one table, indexed by their first and last character so that
// a lookup costs a bit test per position, whatever the table's size.
class CueTable {
 public:
  // known_roles, when given, are the roles the table's schema lists: asking
  // for any other role is a misspelling and throws data::TableError.
  explicit CueTable(std::vector<Cue> rows, std::vector<std::string> known_roles = {});
  CueTable(const CueTable&) = delete;
  CueTable& operator=(const CueTable&) = delete;

  const std::vector<Cue>& rows() const { return rows_; }
  auto begin() const { return rows_.begin(); }
  auto end() const { return rows_.end(); }
  std::size_t size() const { return rows_.size(); }

  // The role so named (a role no row has finds nothing). Throws
  // data::TableError for a name the table's schema does not list.
  CueRole role(std::string_view name) const { return CueRole(named_role(name)); }
  // The role of row c of this table, and whether it is r (an id compared,
  // where c->role == "name" compares strings).
  CueRole role_of(const Cue* c) const { return CueRole(row_role(c)); }
  bool has_role(const Cue* c, CueRole r) const { return row_role(c) == r.id_; }

  // Each lookup takes a role (CueRole) or a role's name, looked up per call.
  // The rightmost row of role in text (longest on ties), or an empty Hit.
  // ("" here names the rows without a role.)
  Hit last(std::string_view text, CueRole r) const;
  Hit last(std::string_view text, std::string_view name) const { return last(text, role(name)); }
  // The last word of text read as each() reads it that is a row of role: in
  // 力争创建 the words are 力争 and 创建, so 争创 is none (last() finds it).
  Hit last_word(std::string_view text, CueRole r) const;
  Hit last_word(std::string_view text, std::string_view name) const {
    return last_word(text, role(name));
  }
  // last_word for each of roles[0..n) in one reading of text: out[k] is
  // the last word of roles[k].
  void last_words(std::string_view text, const CueRole* roles, std::size_t n, Hit* out) const;
  // The same from words, the words of text (words()): for a reader that
  // asks several questions of the same words, which it reads once.
  void last_words(std::string_view text, const std::vector<Hit>& words, const CueRole* roles,
                  std::size_t n, Hit* out) const;
  // The words of text as each() reads them, appended to out.
  void words(std::string_view text, std::vector<Hit>& out) const {
    each(text, [&](const Hit& h) { out.push_back(h); });
  }
  // The leftmost row of role in text (longest on ties).
  Hit first(std::string_view text, CueRole r) const;
  Hit first(std::string_view text, std::string_view name) const { return first(text, role(name)); }
  // The leftmost row of any role in text (longest on ties).
  Hit first_of_any(std::string_view text) const;
  // The roles that have a row in text, all found in one walk, as a set for
  // holds(); and in the same walk the rightmost row of role `rightmost` (as
  // last() finds it) into `last`. For a reader that asks a piece of text
  // about several roles: one walk instead of one per role.
  using RoleSet = std::uint64_t;
  RoleSet roles_in(std::string_view text, CueRole rightmost, Hit& last) const;
  // The same, and in the same walk every row of role `collect` that occurs
  // in text appended to out, once for each place it occurs (all rows at a
  // place, not only the longest).
  RoleSet roles_in(std::string_view text, CueRole collect, std::vector<const Cue*>& out) const;
  // The same as roles_in(text, rightmost, last), and in the same walk every
  // row of the roles in `places` (a set of set_of()) at every place it
  // occurs, as hits appended to out in the order of their places (all rows
  // at a place, longest first): for a reader that asks later about spans of
  // text, which it then answers from the hits with no walk.
  RoleSet roles_in(std::string_view text, CueRole rightmost, Hit& last, RoleSet places,
                   std::vector<Hit>& out) const;
  static bool holds(RoleSet set, CueRole r) {
    return r.id_ >= 0 && r.id_ < 64 && ((set >> r.id_) & 1u) != 0;
  }
  static RoleSet set_of(CueRole r) { return r.id_ >= 0 && r.id_ < 64 ? RoleSet{1} << r.id_ : 0; }
  // The longest row of role that text starts / ends with ("" role: any).
  Hit prefix(std::string_view text, CueRole r) const {
    return text.empty() || r.id_ == kNoRole ? Hit{} : at(text, 0, r.id_);
  }
  Hit prefix(std::string_view text, std::string_view name = {}) const {
    return prefix(text, CueRole(role_id(name)));
  }
  Hit suffix(std::string_view text, CueRole r) const;
  Hit suffix(std::string_view text, std::string_view name = {}) const {
    return suffix(text, CueRole(role_id(name)));
  }
  // The rows of one role, in table order (longest first).
  const std::vector<const Cue*>& with_role(CueRole r) const;
  const std::vector<const Cue*>& with_role(std::string_view name) const {
    return with_role(role(name));
  }
  // Whether the walks may read 32 bytes at a time where the processor can
  // (AVX2; on by default): tests turn it off to check the portable walk
  // against the same answers. Process-wide.
  static void use_wide_walks(bool on);
  // Reads text left to right as rows: at each position the longest row of
  // any role that starts there is reported and skipped.
  template <typename F>
  void each(std::string_view text, F&& f) const {
    each_word(
        text,
        [](void* context, const Hit& h) {
          (*static_cast<std::remove_reference_t<F>*>(context))(h);
        },
        const_cast<void*>(static_cast<const void*>(&f)));
  }

 private:
  static constexpr int kAnyRole = -1, kNoRole = -2;
  // Rows by the first (last) character of their word, longest first: the
  // index's filter answers "no row starts with this character" without a
  // probe, which is the common case.
  using Index = CharIndex<const Cue*>;
  // A role has its own index, so that a walk for one role tests its first
  // characters and reads only its rows.
  // The characters an index's keys start with, which decides how a walk
  // finds the places to test: only the lead bytes of 3-byte characters
  // (all of Han), those and ASCII bytes (I类), or every character.
  enum class Starts : unsigned char { three_byte, ascii_or_three_byte, any };
  struct Keyed {
    Index index;
    Starts starts = Starts::three_byte;
    // When the keys are at most kFew 3-byte characters (未来五年, 今后五年:
    // 未 and 今), their UTF-8 bytes: a walk then compares the last bytes of
    // 16 places at a time with each key's and the few places so found
    // whole. (Up to 8 keys cost more: the research passages' walk rose by a
    // third.)
    static constexpr std::size_t kFew = 3;
    std::size_t few = 0;
    unsigned char few_bytes[kFew][3] = {};
    // A second filter, of the first two characters: most places whose
    // first character passes (与, 上, 全 start keys and a tenth of the
    // text) are followed by a character no key of theirs continues with.
    // Keyed like the first filter by 12 bits of each character (an ASCII
    // second character by its byte and a tag bit), hashed to kPairBits
    // bits; a first character that ends a key, or is followed in one by a
    // character of 2 or 4 bytes, passes whatever follows (`open`).
    static constexpr unsigned kPairShift = 32 - 14;
    std::vector<std::uint64_t> pairs;
    std::vector<std::uint64_t> open;
    // The first filter's bits (the index's), as 64 words: word k holds the
    // characters whose second UTF-8 byte has payload k, bit m those whose
    // third has payload m, so that a walk tests a 3-byte character from its
    // two bytes with one load and no arithmetic between them.
    std::uint64_t first_words[64] = {};
    bool may_hold(unsigned second_byte, unsigned third_byte) const {
      return (first_words[second_byte & 0x3F] >> (third_byte & 0x3F)) & 1u;
    }
    bool may_hold_ascii(unsigned byte) const {
      return (first_words[byte >> 6] >> (byte & 63)) & 1u;
    }
    // The first filter once more, coarser, for a walk of 32 bytes at a
    // time (AVX2, which looks a byte up in a table of 16): the keys in
    // eight groups of neighbours by code point, group g as bit g of the
    // entries of its second bytes' payloads (groups_b1, the entries for
    // payloads 16h..16h+15 as row h, twice for the two lanes) and of its
    // third bytes' (groups_b2). A character whose two entries share no bit
    // starts no key; 3% of Han passes besides the keys' own, where the
    // first filter let through all that a walk reached. ascii_low: bit h of
    // entry l when the ASCII byte 16h + l passes the first filter.
    unsigned char groups_b1[4][32] = {}, groups_b2[4][32] = {}, ascii_low[32] = {};
    // Whether the groups pass few enough characters for the wide walk to
    // pay (those of a table's every row pass most Han: there the filter
    // below is all a walk can use).
    bool wide = false;
    static constexpr std::size_t kWidePassing = 4096 / 8;
    // Whether a key may start at place j of p[0..n): a lead byte of a
    // 3-byte character or (ascii) an ASCII byte, by the first and the pair
    // filters.
    [[gnu::always_inline]] bool may_start_at(const unsigned char* p, std::size_t j, std::size_t n,
                                             bool ascii) const {
      if (ascii && p[j] < 0x80) return may_hold_ascii(p[j]);
      if (j + 2 >= n || !may_hold(p[j + 1], p[j + 2])) return false;
      return may_start(p, j + 3, n,
                       (static_cast<std::size_t>(p[j + 1] & 0x3F) << 6) | (p[j + 2] & 0x3F));
    }
    static std::size_t pair_hash(std::size_t first, std::size_t second) {
      return static_cast<std::uint32_t>(first * 0x9E3779B1u + second * 0x85EBCA77u) >> kPairShift;
    }
    static bool test_bit(const std::vector<std::uint64_t>& bits, std::size_t k) {
      return (bits[k >> 6] >> (k & 63)) & 1u;
    }
    // Whether a key may start at a 3-byte character whose 12 low bits are
    // first, followed by p[at..n).
    [[gnu::always_inline]] bool may_start(const unsigned char* p, std::size_t at, std::size_t n,
                                          std::size_t first) const {
      if (test_bit(open, first)) return true;
      if (at >= n) return false;
      const unsigned char b = p[at];
      std::size_t second;
      if (b < 0x80)
        second = 0x1000u | b;
      else if ((b & 0xF0) == 0xE0 && at + 2 < n)
        second = (static_cast<std::size_t>(p[at + 1] & 0x3F) << 6) | (p[at + 2] & 0x3F);
      else
        return (b & 0xF0) != 0xE0;  // a cut character starts no key; others pass
      return test_bit(pairs, pair_hash(first, second));
    }
    void seal();
  };
  struct Role {
    std::string name;
    std::vector<const Cue*> rows;
    Keyed by_first;
    Index by_last;  // suffix() of one role reads only its rows
  };
  // Calls f(i) at every i in text where a character that may start a key
  // of idx begins, in order, until f returns true; returns whether it did.
  template <typename F>
  static bool each_start(std::string_view text, const Keyed& idx, F&& f);
  // each_start's walk of p[from...) 32 bytes at a time with AVX2, as far as
  // whole blocks go (a block reads 2 bytes past it); from is left where it
  // stopped.
  template <bool kAscii, typename F>
  static bool each_start_avx2(const unsigned char* p, std::size_t n, const Keyed& keyed, F& f,
                              std::size_t& from);
  // each_start's walk of a few keys (Keyed::few, kKeys of them) 32 places
  // at a time with AVX2, as far as whole blocks go (a block reads 2 bytes
  // past it); at is left where it stopped.
  template <std::size_t kKeys, typename F>
  static bool each_few_avx2(const unsigned char* p, std::size_t n, const Keyed& keyed, F& f,
                            std::size_t& at);
  // The longest row of role (kAnyRole: any) that starts at text[i].
  Hit at(std::string_view text, std::size_t i, int role) const;
  // each() with f called on context and each word.
  void each_word(std::string_view text, void (*f)(void*, const Hit&), void* context) const;
  // For last_words: out[k] becomes the row of roles[k] that is word, if any.
  void word_roles(std::string_view text, const Hit& word, const CueRole* roles, std::size_t n,
                  Hit* out) const;
  RoleSet read_roles(std::string_view text, int rightmost, Hit* last, int collect,
                     std::vector<const Cue*>* out, RoleSet places = 0,
                     std::vector<Hit>* hits = nullptr) const;
  int named_role(std::string_view role) const;  // the role so named, or kNoRole
  int role_id(std::string_view role) const;     // also kAnyRole for ""
  int row_role(const Cue* c) const { return row_role_[static_cast<std::size_t>(c - rows_.data())]; }
  // The index a lookup of role r (kAnyRole: every row) reads.
  const Index& index_of(int r) const {
    return r == kAnyRole ? by_first_.index : roles_[static_cast<std::size_t>(r)].by_first.index;
  }
  std::vector<Cue> rows_;      // longest first
  std::vector<int> row_role_;  // role id of each row
  Keyed by_first_;
  Index by_last_;
  std::vector<Role> roles_;
  std::vector<std::string> known_roles_;
  std::vector<std::string> role_names_;  // roles_[r].name, side by side
  // Role ids by a hash of their names (open addressing, -1 empty): the
  // stages name roles in every call, and a table has a dozen of them.
  std::vector<int> role_slots_;
};

// The rows of an embedded table (word, role, value; role-second schema),
// with the roles its schema lists.
CueTable cue_table(TableId id);

}  // namespace mubiao::data

#endif  // MUBIAO_LIB_DATA_CUE_TABLE_H_
