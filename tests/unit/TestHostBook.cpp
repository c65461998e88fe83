#include "monitor/HostBook.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace bdm::monitor;

class TestHostBook : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private slots:
    void init() { QFile::remove(path()); }

    void added_hosts_get_distinct_ids_and_survive_a_new_settings_object()
    {
        QString firstId;
        {
            QSettings settings(path(), QSettings::IniFormat);
            HostBook book(settings);
            const HostEntry a = book.add({{},
                                          QStringLiteral("cruncher"),
                                          QStringLiteral("10.0.0.5:31416"),
                                          QStringLiteral("/home/me/cruncher-pw")});
            const HostEntry b = book.add({{}, QStringLiteral("laptop"), QStringLiteral("laptop.lan"), {}});
            QVERIFY(!a.id.isEmpty());
            QVERIFY(a.id != b.id);
            firstId = a.id;
        }
        QSettings settings(path(), QSettings::IniFormat);
        const QList<HostEntry> all = HostBook(settings).entries();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0], (HostEntry{firstId, QStringLiteral("cruncher"), QStringLiteral("10.0.0.5:31416"),
                                    QStringLiteral("/home/me/cruncher-pw")}));
        QCOMPARE(all[1].name, QStringLiteral("laptop"));
        QVERIFY(all[1].passwordFile.isEmpty());
    }

    void update_and_remove_go_by_id_and_keep_the_others()
    {
        QSettings settings(path(), QSettings::IniFormat);
        HostBook book(settings);
        HostEntry a = book.add({{}, QStringLiteral("a"), QStringLiteral("host-a"), {}});
        const HostEntry b = book.add({{}, QStringLiteral("b"), QStringLiteral("host-b"), {}});
        const HostEntry c = book.add({{}, QStringLiteral("c"), QStringLiteral("host-c"), {}});
        a.name = QStringLiteral("renamed");
        a.address = QStringLiteral("host-a:4000");
        QVERIFY(book.update(a));
        QVERIFY(book.remove(b.id));
        QVERIFY(!book.remove(b.id));
        QVERIFY(!book.update(HostEntry{QStringLiteral("no-such-id"), {}, {}, {}}));
        const QList<HostEntry> all = book.entries();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0], a);
        QCOMPARE(all[1], c);
    }

    void no_password_is_ever_written_to_the_settings_file()
    {
        // The book has no field for a password; the file must hold exactly the documented keys,
        // so a password key added later (even an empty one) fails here.
        {
            QSettings settings(path(), QSettings::IniFormat);
            HostBook book(settings);
            book.add(
                {{}, QStringLiteral("cruncher"), QStringLiteral("10.0.0.5"), QStringLiteral("/pw/file")});
            HostEntry e = book.entries().first();
            e.passwordFile.clear();
            book.update(e);
            book.replaceAll(book.entries());
        }
        QFile f(path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.toLower().contains("password="));
        // The keys that are there are exactly the documented ones.
        QSettings settings(path(), QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("fleet/hosts"));
        QStringList keys = settings.allKeys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("1/address"), QStringLiteral("1/id"),
                                    QStringLiteral("1/name"), QStringLiteral("size")}));
    }
};

QTEST_GUILESS_MAIN(TestHostBook)
#include "TestHostBook.moc"
