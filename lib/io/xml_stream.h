// Streaming XML (expat) for the Office Open XML parts, with document type
// declarations refused: OOXML never has one, and refusing them refuses
// entity expansion attacks ("billion laughs") outright.
#ifndef MUBIAO_LIB_IO_XML_STREAM_H_
#define MUBIAO_LIB_IO_XML_STREAM_H_

#include <string>
#include <string_view>

struct XML_ParserStruct;

namespace mubiao::io {

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  // Names are local names (the namespace dropped); attributes come as a
  // NULL-terminated list of local name, value pairs.
  virtual void start(std::string_view name, const char** attributes) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view utf8) = 0;
};

// The value of the attribute with this local name, or nullptr.
const char* xml_attribute(const char** attributes, std::string_view name);

class XmlStream {
 public:
  // part names the part in error messages ("word/document.xml").
  XmlStream(XmlHandler& handler, std::string part);
  ~XmlStream();
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;
  // Throws ReadError(corrupt) for malformed XML or a DTD.
  void feed(std::string_view chunk, bool last = false);

 private:
  XML_ParserStruct* parser_;
  XmlHandler& handler_;
  std::string part_;
  bool doctype_ = false;
  friend struct XmlCallbacks;
};

}  // namespace mubiao::io

#endif  // MUBIAO_LIB_IO_XML_STREAM_H_
