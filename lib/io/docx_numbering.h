// The numbers Word generates in front of list paragraphs ("一、", "（二）",
// "1.", "①"): they are not in the document's text, only in numbering.xml,
// so the reader computes them as Word would.
#ifndef MUBIAO_LIB_IO_DOCX_NUMBERING_H_
#define MUBIAO_LIB_IO_DOCX_NUMBERING_H_

#include <map>
#include <string>
#include <vector>

namespace mubiao::io {

class DocxNumbering {
 public:
  // Parses word/numbering.xml (empty: no numbering). Throws ReadError.
  void load(const std::string& numbering_xml);
  // The label of the next paragraph of list num_id at level (and advances
  // its counters); "" for bullets and unknown lists.
  std::string next_label(int num_id, int level);

  struct Level {
    int start = 1;
    std::string format = "decimal";  // w:numFmt
    std::string text;                // w:lvlText, "%1." ...
  };
  struct Num {
    int abstract_id = -1;
    std::map<int, int> start_override;  // level -> start
  };
  std::map<int, std::map<int, Level>> abstract_levels;  // abstractNumId -> level -> Level
  std::map<int, Num> nums;

 private:
  std::map<int, std::vector<int>> counters_;  // numId -> counter per level (0: not started)
};

// n formatted as Word's numFmt (decimal, chineseCounting, upperRoman, ...).
std::string format_list_number(int n, const std::string& format);

}  // namespace mubiao::io

#endif  // MUBIAO_LIB_IO_DOCX_NUMBERING_H_
