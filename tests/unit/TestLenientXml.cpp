#include "boinc/LenientXml.h"

#include <QTest>

using bdm::boinc::XmlDocument;
using bdm::boinc::XmlElement;

class TestLenientXml : public QObject
{
    Q_OBJECT

private slots:
    void nested_elements_and_siblings_are_found()
    {
        const auto doc = XmlDocument::parse("<a>\n<b>1</b>\n<c><d>x</d></c>\n<b>2</b>\n</a>");
        const XmlElement a = doc.root().child("a");
        QVERIFY(doc.isComplete());
        QCOMPARE(a.childInt("b"), 1);
        QCOMPARE(a.child("c").childText("d"), QStringLiteral("x"));
        int n = 0;
        for (const XmlElement& b : a.children("b"))
            n += static_cast<int>(b.number().toInt());
        QCOMPARE(n, 3);
    }

    void raw_ampersand_is_kept_as_text()
    {
        const auto doc = XmlDocument::parse("<r><name>Rosetta & Friends &amp; co</name></r>");
        QCOMPARE(doc.root().child("r").childText("name"), QStringLiteral("Rosetta & Friends & co"));
    }

    void raw_less_than_inside_a_value_does_not_break_the_tree()
    {
        const auto doc = XmlDocument::parse("<r><name>a<b</name><x>1 < 2</x><y>ok</y></r>");
        const XmlElement r = doc.root().child("r");
        QCOMPARE(r.childText("name"), QStringLiteral("a<b"));
        QCOMPARE(r.childText("x"), QStringLiteral("1 < 2"));
        QCOMPARE(r.childText("y"), QStringLiteral("ok"));
    }

    void an_unclosed_tag_inside_a_value_becomes_text()
    {
        const auto doc = XmlDocument::parse("<r><title>Use <b> for bold</title><y>ok</y></r>");
        const XmlElement r = doc.root().child("r");
        QCOMPARE(r.childText("title"), QStringLiteral("Use <b> for bold"));
        QCOMPARE(r.childText("y"), QStringLiteral("ok"));
    }

    void per_byte_numeric_entities_decode_as_utf8()
    {
        // BOINC writes each byte of "é" on its own: &#195;&#169;
        const auto doc = XmlDocument::parse("<r><n>caf&#195;&#169; &#x41;</n></r>");
        QCOMPARE(doc.root().child("r").childText("n"), QStringLiteral("caf\u00e9 A"));
    }

    void invalid_utf8_falls_back_to_latin1()
    {
        const auto doc = XmlDocument::parse("<r><n>\xe9t\xe9</n></r>");
        QCOMPARE(doc.root().child("r").childText("n"), QStringLiteral("\u00e9t\u00e9"));
    }

    void cdata_is_unwrapped_and_trimmed()
    {
        const auto doc = XmlDocument::parse("<m><body><![CDATA[\nhello <world> & more\n]]></body></m>");
        QCOMPARE(doc.root().child("m").childText("body"), QStringLiteral("hello <world> & more"));
    }

    void flags_and_zero_one_ints_read_the_same()
    {
        const auto doc = XmlDocument::parse("<r><a/><b>1</b><c>0</c><d></d></r>");
        const XmlElement r = doc.root().child("r");
        QVERIFY(r.flag("a"));
        QVERIFY(r.flag("b"));
        QVERIFY(!r.flag("c"));
        QVERIFY(r.flag("d"));
        QVERIFY(!r.flag("missing"));
    }

    void numbers_use_the_c_locale_whatever_the_user_locale()
    {
        QLocale::setDefault(QLocale(QLocale::German));
        const auto doc = XmlDocument::parse("<r><f>1234.500000</f><i>2.000000</i><bad>x</bad></r>");
        const XmlElement r = doc.root().child("r");
        QCOMPARE(r.childDouble("f"), 1234.5);
        QCOMPARE(r.childInt("i"), 2);
        QCOMPARE(r.childDouble("bad", -1), -1.0);
        QLocale::setDefault(QLocale::c());
    }

    void a_cut_off_document_is_reported_incomplete()
    {
        const auto doc = XmlDocument::parse("<a><b>1</b><c>");
        QVERIFY(!doc.isComplete());
        QCOMPARE(doc.root().child("a").childInt("b"), 1);
    }

    void garbage_does_not_crash_and_yields_nothing()
    {
        const QByteArray inputs[] = {"",    "<",   "</",        "<<<>>>", "&#99999999;",        "<a",
                                     "<a/", "]]>", "<![CDATA[", "<!--",   QByteArray(1000, '<')};
        for (const QByteArray& in : inputs) {
            const auto doc = XmlDocument::parse(in);
            QVERIFY(doc.root().child("boinc_gui_rpc_reply").isNull());
        }
    }

    void request_values_are_escaped()
    {
        QCOMPARE(bdm::boinc::escapeXml(QStringLiteral("a<b>&\"'")),
                 QByteArray("a&lt;b&gt;&amp;&quot;&apos;"));
    }
};

QTEST_GUILESS_MAIN(TestLenientXml)
#include "TestLenientXml.moc"
