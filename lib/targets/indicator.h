// The indicator of a statement: the shortest phrase naming what is measured,
// read from the words before the number ("全市各项招商引资指标均实现" ->
// 招商引资指标) or after it ("新建5个院士工作站" -> 院士工作站), with the
// frame words of lib/data/target_scope.tsv and the cues of target_cues.tsv
// stripped.
#ifndef MUBIAO_LIB_TARGETS_INDICATOR_H_
#define MUBIAO_LIB_TARGETS_INDICATOR_H_

#include <string_view>
#include <vector>

#include "mubiao/targets.h"
#include "targets/cues.h"
#include "targets/enum_names.h"

namespace mubiao::targets {

// The indicator inside phrase (the words before a number or a benchmark), or
// an empty span when nothing with at least two Han characters is left.
// words, when given: the cue words of trim(text, phrase) (Cues::words).
Span indicator_before(std::string_view text, Span phrase, const Cues& cues,
                      const std::vector<Hit>* words = nullptr);

// The noun phrase right after a number ("5000套人才公寓" -> 人才公寓); after
// modifiers joined by 的 only the head is kept. Empty when the number is
// followed by a cue or nothing.
Span noun_after(std::string_view text, Span phrase, const Cues& cues);

// True when the words before a number end in a verb that takes the number as
// its object (新建, 开发, 培育 …) or a connector (和, 及), so that what is
// counted follows the number.
bool ends_in_verb(std::string_view text, Span phrase, const Cues& cues);

// True when an indicator read before a number is too thin to be one: at
// most four characters and no indicator head at its end (坚决守住, 使用, 首批
// before 18亿亩耕地红线, 1000亿元失业保险基金, 国家公园; not 赤字率).
bool is_frame_only(std::string_view text, Span indicator, const Cues& cues);

// The measure cue that governs a number: the last strong cue (增长, 下降,
// 新增 …) in phrase, else the last level cue (达到, 控制在 …). Cues are read
// left to right, longest first, so 增加值 or 提升至 are not split.
Hit measure_cue(std::string_view phrase, const Cues& cues);
// The same from words, the cue words of the phrase (Cues::words).
Hit measure_cue(const std::vector<Hit>& words, const Cues& cues);
// The same read from the cue words of a phrase as each() gives them, for
// a reader that reads the phrase as words for other cues too: add() each
// word in order, then cue().
class MeasureCue {
 public:
  explicit MeasureCue(const Cues& cues) : cues_(cues) {}
  void add(const Hit& word);
  Hit cue() const;

 private:
  const Cues& cues_;
  Hit last_, rate_, stock_;
};

// A level cue that names the end of a change: 提高到, 提升至, 降至.
bool is_to_cue(std::string_view word);

// The first cue of role when phrase is read as cue words left to right
// (年均增长 is one word, so its 均 is not the distributive 均).
Hit first_token(std::string_view phrase, const Cues& cues, std::string_view role);

}  // namespace mubiao::targets

#endif  // MUBIAO_LIB_TARGETS_INDICATOR_H_
