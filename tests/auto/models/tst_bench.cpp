// SPDX-License-Identifier: GPL-3.0-or-later
// Drives `servicedeck-cli bench` on a tiny database: every measurement comes out as JSON.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class tst_Bench : public QObject
{
    Q_OBJECT

private slots:
    void shouldPrintEveryMeasurementAsJson()
    {
        const QString cli = qEnvironmentVariable("SERVICEDECK_CLI");
        QVERIFY(QFile::exists(cli));
        QTemporaryDir dir;
        QProcess process;
        process.start(cli, {QStringLiteral("--db=sqlite:") + dir.filePath(QStringLiteral("b.db")),
                            QStringLiteral("bench"), QStringLiteral("--tickets"),
                            QStringLiteral("2000"), QStringLiteral("--format"),
                            QStringLiteral("json")});
        QVERIFY(process.waitForFinished(300000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QSet<QString> names;
        const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
        for (const QByteArray &line : lines) {
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
            for (const char *key : {"name", "value", "unit", "baseline", "ratio", "target"})
                QVERIFY2(object.contains(QLatin1String(key)), line.constData());
            QVERIFY(object.value(QLatin1String("value")).isDouble());
            names << object.value(QLatin1String("name")).toString();
        }
        for (const char *name :
             {"seed", "open_queue", "resort.title", "resort.resolution_due",
              "jump_middle.worst_of_all_sorts", "jump_last.worst_of_all_sorts",
              "jump_middle.title", "jump_last.title", "fulltext_first_page",
              "standard_queue_counts", "model_memory"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        // The baselines are there on SQLite: the seed's, and the C API's where this build calls
        // SQLite itself.
        for (const QByteArray &line : lines) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            const QString name = object.value(QLatin1String("name")).toString();
            const bool baseline = object.value(QLatin1String("baseline")).isDouble();
            if (name == u"seed")
                QVERIFY(baseline);
#ifdef SERVICEDECK_SQLITE_C_API
            if (name == u"open_queue")
                QVERIFY(baseline);
#endif
        }
    }
};

QTEST_GUILESS_MAIN(tst_Bench)
#include "tst_bench.moc"
