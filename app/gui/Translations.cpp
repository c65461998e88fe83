#include "gui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace bdm::gui {

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
    if (!app->load(locale, QStringLiteral("boinc-docker-manager"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(app.get());
    m_app = std::move(app);
    return true;
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

} // namespace bdm::gui
