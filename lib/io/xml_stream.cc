#include "io/xml_stream.h"

#include <cstring>

#include <expat.h>

#include "mubiao/read.h"

namespace mubiao::io {

namespace {
// Expat reports namespaced names as "URI|local".
std::string_view local_name(const char* name) {
  const char* bar = std::strrchr(name, '|');
  return bar ? std::string_view(bar + 1) : std::string_view(name);
}
}  // namespace

struct XmlCallbacks {
  static void start(void* data, const char* name, const char** attributes) {
    static_cast<XmlStream*>(data)->handler_.start(local_name(name), attributes);
  }
  static void end(void* data, const char* name) {
    static_cast<XmlStream*>(data)->handler_.end(local_name(name));
  }
  static void text(void* data, const char* s, int len) {
    static_cast<XmlStream*>(data)->handler_.text(
        std::string_view(s, static_cast<std::size_t>(len)));
  }
  static void doctype(void* data, const char*, const char*, const char*, int) {
    auto* self = static_cast<XmlStream*>(data);
    self->doctype_ = true;
    XML_StopParser(self->parser_, XML_FALSE);
  }
};

const char* xml_attribute(const char** attributes, std::string_view name) {
  for (const char** a = attributes; a && a[0]; a += 2)
    if (local_name(a[0]) == name) return a[1];
  return nullptr;
}

XmlStream::XmlStream(XmlHandler& handler, std::string part)
    : parser_(XML_ParserCreateNS(nullptr, '|')), handler_(handler), part_(std::move(part)) {
  if (!parser_) throw std::bad_alloc();
  XML_SetUserData(parser_, this);
  XML_SetElementHandler(parser_, XmlCallbacks::start, XmlCallbacks::end);
  XML_SetCharacterDataHandler(parser_, XmlCallbacks::text);
  XML_SetStartDoctypeDeclHandler(parser_, XmlCallbacks::doctype);
}

XmlStream::~XmlStream() { XML_ParserFree(parser_); }

void XmlStream::feed(std::string_view chunk, bool last) {
  const XML_Status s =
      XML_Parse(parser_, chunk.data(), static_cast<int>(chunk.size()), last ? XML_TRUE : XML_FALSE);
  if (doctype_)
    throw ReadError(ReadError::Reason::corrupt,
                    part_ +
                        " has a document type declaration, which Office files never have "
                        "(entity expansion is refused)");
  if (s != XML_STATUS_OK)
    throw ReadError(ReadError::Reason::corrupt,
                    part_ + " is not well-formed XML (" +
                        XML_ErrorString(XML_GetErrorCode(parser_)) + " at line " +
                        std::to_string(XML_GetCurrentLineNumber(parser_)) + ")");
}

}  // namespace mubiao::io
