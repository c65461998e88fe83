#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>
#include <string_view>
#include <vector>

namespace bdm::boinc {

class XmlElement;
class XmlChildRange;

// A tag scanner for the XML the BOINC client writes. That XML is not well-formed: several string
// fields carry raw '&' and '<', non-ASCII bytes arrive as per-byte numeric entities, and
// elements such as get_state's <workunit> follow their <project> as siblings. A strict parser
// (QXmlStreamReader, pugixml) stops at the first raw '<'; this one keeps going and recovers text.
class XmlDocument
{
public:
    XmlDocument() = default;
    static XmlDocument parse(QByteArray data);

    // The virtual document node: its children are the top-level elements.
    XmlElement root() const;
    // False when the input ended while elements were still open (a cut-off reply).
    bool isComplete() const { return m_complete; }
    qsizetype size() const { return m_data ? m_data->bytes.size() : 0; }

private:
    friend class XmlElement;
    struct Node
    {
        int nameBegin = 0;
        int nameLength = 0;
        int contentBegin = 0;
        int contentEnd = 0;
        int firstChild = -1;
        int lastChild = -1;
        int nextSibling = -1;
    };
    struct Data
    {
        QByteArray bytes;
        std::vector<Node> nodes;
    };
    std::shared_ptr<const Data> m_data;
    bool m_complete = true;
};

// A light handle on one element of an XmlDocument; it keeps the document alive.
class XmlElement
{
public:
    XmlElement() = default;

    bool isNull() const { return !m_data; }
    explicit operator bool() const { return !isNull(); }
    QByteArrayView name() const;

    XmlElement firstChild() const;
    XmlElement nextSibling() const;
    XmlElement child(std::string_view name) const;
    bool has(std::string_view name) const { return !child(name).isNull(); }

    // The content between the tags, exactly as sent (entities and CDATA markers included).
    QByteArrayView raw() const;
    // The content decoded: entities become bytes, CDATA is unwrapped, whitespace around the value
    // is trimmed, and the bytes are read as UTF-8 (Latin-1 when they are not valid UTF-8).
    QString text() const;
    // Trimmed raw bytes, for numbers: BOINC prints them in the C locale.
    QByteArrayView number() const;

    QString childText(std::string_view name) const { return child(name).text(); }
    double childDouble(std::string_view name, double fallback = 0.0) const;
    qint64 childInt(std::string_view name, qint64 fallback = 0) const;
    // Presence flags (<x/>) and 0/1 ints (<x>1</x>) both read as true; absent or 0 reads false.
    bool flag(std::string_view name) const;
    // The same reading for this element itself.
    bool asFlag() const;
    bool sameAs(const XmlElement& other) const { return m_index == other.m_index && m_data == other.m_data; }

    // Child elements, all of them or only those with the given name.
    XmlChildRange children(std::string_view name = {}) const;

private:
    friend class XmlDocument;
    XmlElement(std::shared_ptr<const XmlDocument::Data> data, int index)
        : m_data(std::move(data)), m_index(index)
    {}
    const XmlDocument::Node& node() const { return m_data->nodes[static_cast<size_t>(m_index)]; }

    std::shared_ptr<const XmlDocument::Data> m_data;
    int m_index = -1;
};

class XmlChildIterator
{
public:
    XmlChildIterator(XmlElement e, std::string_view name) : m_element(std::move(e)), m_name(name) { skip(); }
    const XmlElement& operator*() const { return m_element; }
    XmlChildIterator& operator++();
    bool operator!=(const XmlChildIterator& other) const { return !m_element.sameAs(other.m_element); }

private:
    void skip();
    XmlElement m_element;
    std::string_view m_name;
};

class XmlChildRange
{
public:
    XmlChildRange(XmlElement first, std::string_view name) : m_first(std::move(first)), m_name(name) {}
    XmlChildIterator begin() const { return XmlChildIterator(m_first, m_name); }
    XmlChildIterator end() const { return XmlChildIterator(XmlElement(), m_name); }

private:
    XmlElement m_first;
    std::string_view m_name;
};

inline XmlChildRange XmlElement::children(std::string_view name) const
{
    return XmlChildRange(firstChild(), name);
}

// Decodes a raw BOINC field value as XmlElement::text() does.
QString decodeBoincText(QByteArrayView raw);
// True when the bytes are well-formed UTF-8.
bool isValidUtf8(QByteArrayView bytes);
// Escapes a value for a request element (BOINC parses request values with its own unescaper).
QByteArray escapeXml(const QString& value);

} // namespace bdm::boinc
