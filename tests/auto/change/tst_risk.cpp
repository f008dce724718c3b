// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/change/changetype.h"
#include "core/change/risk.h"

#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Change;

using Answers = QMap<QString, QString>;

namespace {

Answers answers(const char *users, const char *cis, const char *tested, const char *backout,
                const char *hours)
{
    return {{QStringLiteral("user_impact"), QString::fromLatin1(users)},
            {QStringLiteral("cis_affected"), QString::fromLatin1(cis)},
            {QStringLiteral("tested"), QString::fromLatin1(tested)},
            {QStringLiteral("backout"), QString::fromLatin1(backout)},
            {QStringLiteral("business_hours"), QString::fromLatin1(hours)}};
}

} // namespace

class tst_Risk : public QObject
{
    Q_OBJECT

private slots:
    void shouldScoreAnswersIntoALevel_data()
    {
        QTest::addColumn<Answers>("given");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("level");
        QTest::newRow("safest answers") << answers("none", "one", "production_like", "tested",
                                                   "outside")
                                        << 0 << "low";
        QTest::newRow("low at its top") << answers("team", "few", "production_like", "tested",
                                                   "outside")
                                        << 4 << "low";
        QTest::newRow("untested lifts to medium") << answers("none", "one", "untested", "tested",
                                                             "partly")
                                                  << 7 << "medium";
        QTest::newRow("high") << answers("site", "few", "test_only", "documented", "partly")
                              << 12 << "high";
        QTest::newRow("worst answers") << answers("everyone", "many", "untested", "none", "during")
                                       << 25 << "very_high";
    }
    void shouldScoreAnswersIntoALevel()
    {
        QFETCH(Answers, given);
        QFETCH(int, score);
        QFETCH(QString, level);
        const auto assessed = assessRisk(given);
        QVERIFY2(assessed.ok(), qPrintable(assessed.ok() ? QString() : assessed.error().message));
        QCOMPARE(assessed->score, score);
        QCOMPARE(riskLevelName(assessed->level), level);
    }

    void shouldPlaceLevelBoundariesWhereTheSchemaHasThem()
    {
        QCOMPARE(riskLevelForScore(5), RiskLevel::Low);
        QCOMPARE(riskLevelForScore(6), RiskLevel::Medium);
        QCOMPARE(riskLevelForScore(10), RiskLevel::Medium);
        QCOMPARE(riskLevelForScore(11), RiskLevel::High);
        QCOMPARE(riskLevelForScore(16), RiskLevel::High);
        QCOMPARE(riskLevelForScore(17), RiskLevel::VeryHigh);
        QCOMPARE(maximumRiskScore(), 25);
        QCOMPARE(riskLevelFromName(u"very_high"), std::optional(RiskLevel::VeryHigh));
    }

    void shouldRefuseMissingUnknownAndWrongAnswers_data()
    {
        QTest::addColumn<Answers>("given");
        QTest::addColumn<QString>("fragment");
        Answers missing = answers("none", "one", "production_like", "tested", "outside");
        missing.remove(QStringLiteral("tested"));
        QTest::newRow("missing") << missing << "not answered";
        Answers unknown = answers("none", "one", "production_like", "tested", "outside");
        unknown.insert(QStringLiteral("weather"), QStringLiteral("sunny"));
        QTest::newRow("unknown question") << unknown << "weather";
        QTest::newRow("wrong answer") << answers("none", "one", "maybe", "tested", "outside")
                                      << "maybe";
    }
    void shouldRefuseMissingUnknownAndWrongAnswers()
    {
        QFETCH(Answers, given);
        QFETCH(QString, fragment);
        const auto assessed = assessRisk(given);
        QVERIFY(!assessed.ok());
        QCOMPARE(assessed.error().kind, ErrorKind::InvalidData);
        QVERIFY2(assessed.error().message.contains(fragment), qPrintable(assessed.error().message));
    }

    void shouldTellWhatEachChangeTypeNeeds()
    {
        QVERIFY(!needsApproval(ChangeType::Standard));
        QVERIFY(needsApproval(ChangeType::Normal));
        QCOMPARE(changeTypeRules(ChangeType::Emergency).board, ApprovalBoard::Ecab);
        QCOMPARE(changeTypeRules(ChangeType::Emergency).defaultQuorum, 1);
        QVERIFY(changeTypeRules(ChangeType::Normal).requiredFields.contains(QStringLiteral("test_plan")));
        QVERIFY(!changeTypeRules(ChangeType::Emergency).requiredFields.contains(QStringLiteral("test_plan")));
        QVERIFY(!changeTypeRules(ChangeType::Standard).needsRiskAssessment);
        QCOMPARE(changeTypeFromName(u"emergency"), std::optional(ChangeType::Emergency));
        QVERIFY(!changeTypeFromName(u"urgent"));
    }
};

QTEST_GUILESS_MAIN(tst_Risk)
#include "tst_risk.moc"
