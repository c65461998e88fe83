#include "boinc/LenientXml.h"

#include <cstring>

namespace bdm::boinc {
namespace {

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == ':';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

qsizetype findFrom(QByteArrayView hay, qsizetype from, std::string_view needle)
{
    if (from >= hay.size())
        return -1;
    const auto* start = hay.data() + from;
    const auto* end = hay.data() + hay.size();
    if (needle.size() == 1) {
        const void* hit = std::memchr(start, needle[0], static_cast<size_t>(end - start));
        return hit ? static_cast<const char*>(hit) - hay.data() : -1;
    }
    const std::string_view rest(start, static_cast<size_t>(end - start));
    const auto at = rest.find(needle);
    return at == std::string_view::npos ? -1 : from + static_cast<qsizetype>(at);
}

bool startsAt(QByteArrayView data, qsizetype pos, std::string_view prefix)
{
    return data.size() - pos >= static_cast<qsizetype>(prefix.size()) &&
           std::memcmp(data.data() + pos, prefix.data(), prefix.size()) == 0;
}

QByteArrayView trimmed(QByteArrayView v)
{
    qsizetype b = 0;
    qsizetype e = v.size();
    while (b < e && isSpace(v[b]))
        ++b;
    while (e > b && isSpace(v[e - 1]))
        --e;
    return v.sliced(b, e - b);
}

void appendUtf8(QByteArray& out, uint cp)
{
    if (cp < 0x80) {
        out.append(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.append(static_cast<char>(0xC0 | (cp >> 6)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(static_cast<char>(0xE0 | (cp >> 12)));
        out.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.append(static_cast<char>(0xF0 | (cp >> 18)));
        out.append(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// Decodes one entity starting at '&'; returns the bytes consumed, or 0 when it is not an entity
// (then the '&' is a raw ampersand BOINC forgot to escape, and is kept as it is).
qsizetype decodeEntity(QByteArrayView in, qsizetype at, QByteArray& out)
{
    const qsizetype semi = findFrom(in, at + 1, ";");
    if (semi < 0 || semi - at > 12)
        return 0;
    const QByteArrayView body = in.sliced(at + 1, semi - at - 1);
    if (body.size() >= 2 && body[0] == '#') {
        bool ok = false;
        const bool hex = body[1] == 'x' || body[1] == 'X';
        const uint cp = hex ? body.sliced(2).toUInt(&ok, 16) : body.sliced(1).toUInt(&ok, 10);
        if (!ok || cp > 0x10FFFF)
            return 0;
        // BOINC escapes each byte of a UTF-8 sequence on its own (&#195;&#169; for "é"), so
        // values below 256 are bytes, not code points.
        if (cp < 256)
            out.append(static_cast<char>(cp));
        else
            appendUtf8(out, cp);
        return semi - at + 1;
    }
    static constexpr struct
    {
        std::string_view name;
        char value;
    } named[] = {{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
    for (const auto& n : named) {
        if (body == QByteArrayView(n.name.data(), static_cast<qsizetype>(n.name.size()))) {
            out.append(n.value);
            return semi - at + 1;
        }
    }
    return 0;
}

} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        uint cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        static constexpr uint minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

QString decodeBoincText(QByteArrayView raw)
{
    const QByteArrayView v = trimmed(raw);
    bool plain = true;
    for (char c : v) {
        if (c == '&' || c == '<' || static_cast<unsigned char>(c) >= 0x80) {
            plain = false;
            break;
        }
    }
    if (plain)
        return QString::fromLatin1(v);

    QByteArray out;
    out.reserve(v.size());
    qsizetype i = 0;
    while (i < v.size()) {
        const char c = v[i];
        if (c == '<' && startsAt(v, i, "<![CDATA[")) {
            const qsizetype end = findFrom(v, i + 9, "]]>");
            const qsizetype stop = end < 0 ? v.size() : end;
            out.append(v.sliced(i + 9, stop - i - 9));
            i = end < 0 ? v.size() : end + 3;
        } else if (c == '&') {
            const qsizetype used = decodeEntity(v, i, out);
            if (used == 0) {
                out.append('&');
                ++i;
            } else {
                i += used;
            }
        } else {
            out.append(c);
            ++i;
        }
    }
    // CDATA bodies carry a newline the server adds at each end; values are trimmed as BOINC does.
    const QByteArrayView value = trimmed(out);
    return isValidUtf8(value) ? QString::fromUtf8(value) : QString::fromLatin1(value);
}

QByteArray escapeXml(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (char c : utf8) {
        switch (c) {
        case '&':
            out.append("&amp;");
            break;
        case '<':
            out.append("&lt;");
            break;
        case '>':
            out.append("&gt;");
            break;
        case '"':
            out.append("&quot;");
            break;
        case '\'':
            out.append("&apos;");
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

XmlDocument XmlDocument::parse(QByteArray bytes)
{
    auto data = std::make_shared<Data>();
    data->bytes = std::move(bytes);
    const QByteArrayView in(data->bytes);
    auto& nodes = data->nodes;
    nodes.reserve(static_cast<size_t>(in.size() / 24 + 4));
    nodes.push_back(Node{0, 0, 0, static_cast<int>(in.size()), -1, -1, -1});

    std::vector<int> stack{0};
    stack.reserve(32);
    qsizetype pos = 0;
    while (pos < in.size()) {
        const qsizetype lt = findFrom(in, pos, "<");
        if (lt < 0)
            break;
        if (startsAt(in, lt, "<![CDATA[")) {
            const qsizetype end = findFrom(in, lt + 9, "]]>");
            pos = end < 0 ? in.size() : end + 3;
            continue;
        }
        if (startsAt(in, lt, "<!--")) {
            const qsizetype end = findFrom(in, lt + 4, "-->");
            pos = end < 0 ? in.size() : end + 3;
            continue;
        }
        if (startsAt(in, lt, "<?") || startsAt(in, lt, "<!")) {
            const qsizetype end = findFrom(in, lt + 2, ">");
            pos = end < 0 ? in.size() : end + 1;
            continue;
        }
        qsizetype i = lt + 1;
        const bool closing = i < in.size() && in[i] == '/';
        if (closing)
            ++i;
        if (i >= in.size() || !isNameStart(in[i])) {
            pos = lt + 1; // a raw '<' inside a value
            continue;
        }
        const qsizetype nameBegin = i;
        while (i < in.size() && isNameChar(in[i]))
            ++i;
        const qsizetype nameEnd = i;
        // The tag runs to the next '>', unless another '<' comes first: then this was text.
        qsizetype gt = i;
        while (gt < in.size() && in[gt] != '>' && in[gt] != '<')
            ++gt;
        if (gt >= in.size() || in[gt] == '<' ||
            (gt > nameEnd && !isSpace(in[nameEnd]) && in[nameEnd] != '/')) {
            pos = lt + 1;
            continue;
        }
        const QByteArrayView name = in.sliced(nameBegin, nameEnd - nameBegin);
        if (closing) {
            // Find the open element this closes; elements left open inside it were raw text.
            qsizetype depth = static_cast<qsizetype>(stack.size()) - 1;
            while (depth > 0) {
                const Node& n = nodes[static_cast<size_t>(stack[static_cast<size_t>(depth)])];
                if (in.sliced(n.nameBegin, n.nameLength) == name)
                    break;
                --depth;
            }
            if (depth > 0) {
                Node& n = nodes[static_cast<size_t>(stack[static_cast<size_t>(depth)])];
                n.contentEnd = static_cast<int>(lt);
                if (depth != static_cast<qsizetype>(stack.size()) - 1)
                    n.firstChild = n.lastChild = -1;
                stack.resize(static_cast<size_t>(depth));
            }
            pos = gt + 1;
            continue;
        }
        const bool selfClosing = in[gt - 1] == '/';
        const int index = static_cast<int>(nodes.size());
        Node n;
        n.nameBegin = static_cast<int>(nameBegin);
        n.nameLength = static_cast<int>(nameEnd - nameBegin);
        n.contentBegin = static_cast<int>(gt + 1);
        n.contentEnd = selfClosing ? n.contentBegin : static_cast<int>(in.size());
        nodes.push_back(n);
        Node& parent = nodes[static_cast<size_t>(stack.back())];
        if (parent.lastChild < 0)
            parent.firstChild = index;
        else
            nodes[static_cast<size_t>(parent.lastChild)].nextSibling = index;
        parent.lastChild = index;
        if (!selfClosing)
            stack.push_back(index);
        pos = gt + 1;
    }

    XmlDocument doc;
    doc.m_complete = stack.size() == 1;
    doc.m_data = std::move(data);
    return doc;
}

XmlElement XmlDocument::root() const
{
    return m_data ? XmlElement(m_data, 0) : XmlElement();
}

QByteArrayView XmlElement::name() const
{
    if (isNull())
        return {};
    return QByteArrayView(m_data->bytes).sliced(node().nameBegin, node().nameLength);
}

XmlElement XmlElement::firstChild() const
{
    if (isNull() || node().firstChild < 0)
        return {};
    return XmlElement(m_data, node().firstChild);
}

XmlElement XmlElement::nextSibling() const
{
    if (isNull() || node().nextSibling < 0)
        return {};
    return XmlElement(m_data, node().nextSibling);
}

XmlElement XmlElement::child(std::string_view wanted) const
{
    const QByteArrayView w(wanted.data(), static_cast<qsizetype>(wanted.size()));
    for (XmlElement c = firstChild(); c; c = c.nextSibling()) {
        if (c.name() == w)
            return c;
    }
    return {};
}

QByteArrayView XmlElement::raw() const
{
    if (isNull())
        return {};
    const auto& n = node();
    return QByteArrayView(m_data->bytes).sliced(n.contentBegin, n.contentEnd - n.contentBegin);
}

QString XmlElement::text() const
{
    return isNull() ? QString() : decodeBoincText(raw());
}

QByteArrayView XmlElement::number() const
{
    return trimmed(raw());
}

double XmlElement::childDouble(std::string_view name, double fallback) const
{
    const XmlElement c = child(name);
    if (c.isNull())
        return fallback;
    bool ok = false;
    const double v = c.number().toDouble(&ok);
    return ok ? v : fallback;
}

qint64 XmlElement::childInt(std::string_view name, qint64 fallback) const
{
    const XmlElement c = child(name);
    if (c.isNull())
        return fallback;
    bool ok = false;
    const QByteArrayView v = c.number();
    const qint64 i = v.toLongLong(&ok);
    if (ok)
        return i;
    // Some integers are printed as doubles ("2.000000"); accept those too.
    const double d = v.toDouble(&ok);
    return ok ? static_cast<qint64>(d) : fallback;
}

bool XmlElement::flag(std::string_view name) const
{
    return child(name).asFlag();
}

bool XmlElement::asFlag() const
{
    if (isNull())
        return false;
    const QByteArrayView v = number();
    return v.isEmpty() || !(v == "0" || v == "false");
}

XmlChildIterator& XmlChildIterator::operator++()
{
    m_element = m_element.nextSibling();
    skip();
    return *this;
}

void XmlChildIterator::skip()
{
    if (m_name.empty())
        return;
    const QByteArrayView w(m_name.data(), static_cast<qsizetype>(m_name.size()));
    while (m_element && m_element.name() != w)
        m_element = m_element.nextSibling();
}

} // namespace bdm::boinc
