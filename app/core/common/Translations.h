#pragma once

#include <QLocale>
#include <memory>

class QTranslator;

namespace bdm::common {

// Qt's own catalogue (qtbase_*) and this program's (embedded under :/i18n in both executables),
// installed together for one language. Where a catalogue is missing the English source text shows (with
// English plural forms), so a language without a translation still gets a working program.
class Translations
{
public:
    Translations();
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // Replaces the installed catalogues; installing one makes every widget retranslate itself.
    // Returns whether this program's catalogue was found for the locale.
    bool load(const QLocale& locale);
    // Back to the English source text.
    void unload();

private:
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_app;
};

} // namespace bdm::common
