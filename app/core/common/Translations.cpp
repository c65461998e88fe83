#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace bdm::common {

Translations::Translations() = default;

Translations::~Translations()
{
    unload();
}

bool Translations::load(const QLocale& locale)
{
    unload();
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    auto app = std::make_unique<QTranslator>();
    const bool found = app->load(locale, QStringLiteral("boinc-docker-manager"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n"));
    // Without one, the English catalogue still gives "1 host" and "4 hosts" for "%n host(s)".
    if (found || app->load(QStringLiteral("boinc-docker-manager_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    }
    return found;
}

void Translations::unload()
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
        m_app.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
}

} // namespace bdm::common
