#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace bdm::cli {

// Aligned columns for human output on a terminal.
class TextTable
{
public:
    explicit TextTable(QStringList header) : m_header(std::move(header)) {}
    void addRow(QStringList row) { m_rows.append(std::move(row)); }
    void print(QTextStream& out) const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace bdm::cli
