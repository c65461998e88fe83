#include "TextTable.h"

namespace bdm::cli {

void TextTable::print(QTextStream& out) const
{
    QList<qsizetype> widths;
    for (const QString& h : m_header)
        widths.append(h.size());
    for (const QStringList& row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    const auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            text += i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i];
        }
        out << text << Qt::endl;
    };
    line(m_header);
    for (const QStringList& row : m_rows)
        line(row);
}

} // namespace bdm::cli
