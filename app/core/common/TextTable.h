#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace bdm::common {

// Aligned columns for human output on a terminal, padded by the width each character takes
// there: CJK characters take two columns (a translated header must not push its column out of
// line with the rows), combining marks none.
class TextTable
{
public:
    explicit TextTable(QStringList header) : m_header(std::move(header)) {}
    void addRow(QStringList row) { m_rows.append(std::move(row)); }
    void print(QTextStream& out) const;

    // Terminal columns `text` takes (East Asian wide and fullwidth characters: 2).
    static qsizetype displayWidth(const QString& text);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace bdm::common
