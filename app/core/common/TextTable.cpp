#include "common/TextTable.h"

namespace bdm::common {
namespace {

bool isWide(char32_t c)
{
    // Unicode's East Asian Wide (W) and Fullwidth (F) ranges, as terminals use them.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

qsizetype TextTable::displayWidth(const QString& text)
{
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || c == 0x200B)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

void TextTable::print(QTextStream& out) const
{
    QList<qsizetype> widths;
    for (const QString& h : m_header)
        widths.append(displayWidth(h));
    for (const QStringList& row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
    const auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            text += cells[i];
            if (i + 1 < cells.size() && i < widths.size())
                text += QString(widths[i] + 2 - displayWidth(cells[i]), QLatin1Char(' '));
        }
        out << text << Qt::endl;
    };
    line(m_header);
    for (const QStringList& row : m_rows)
        line(row);
}

} // namespace bdm::common
