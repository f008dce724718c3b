// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk.h"

#include "core/tr.h"

namespace ServiceDeck::Change {

QString riskLevelName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low: return QStringLiteral("low");
    case RiskLevel::Medium: return QStringLiteral("medium");
    case RiskLevel::High: return QStringLiteral("high");
    case RiskLevel::VeryHigh: return QStringLiteral("very_high");
    }
    return {};
}

QString riskLevelLabel(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low: return Tr::tr("Low");
    case RiskLevel::Medium: return Tr::tr("Medium");
    case RiskLevel::High: return Tr::tr("High");
    case RiskLevel::VeryHigh: return Tr::tr("Very high");
    }
    return {};
}

std::optional<RiskLevel> riskLevelFromName(QStringView name)
{
    for (RiskLevel level :
         {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High, RiskLevel::VeryHigh}) {
        if (riskLevelName(level) == name)
            return level;
    }
    return std::nullopt;
}

QList<RiskQuestion> riskQuestionnaire()
{
    auto answer = [](const char *id, QString label, int weight) {
        return RiskAnswer{QString::fromLatin1(id), std::move(label), weight};
    };
    // Weights: how much each answer raises the chance or the cost of a failed change. Users and
    // a missing way back weigh most, because they decide how bad a failure gets.
    return {
        {QStringLiteral("user_impact"), Tr::tr("Which users notice the change while it runs?"),
         {answer("none", Tr::tr("Nobody"), 0), answer("team", Tr::tr("One team"), 2),
          answer("site", Tr::tr("A site or a department"), 4),
          answer("everyone", Tr::tr("Everybody"), 6)}},
        {QStringLiteral("cis_affected"), Tr::tr("How many configuration items does it touch?"),
         {answer("one", Tr::tr("One"), 0), answer("few", Tr::tr("Two to five"), 2),
          answer("many", Tr::tr("More than five"), 4)}},
        {QStringLiteral("tested"), Tr::tr("Was the change tested before?"),
         {answer("production_like", Tr::tr("Yes, on a production-like system"), 0),
          answer("test_only", Tr::tr("Yes, on a test system"), 2),
          answer("untested", Tr::tr("No"), 5)}},
        {QStringLiteral("backout"), Tr::tr("Is there a way back?"),
         {answer("tested", Tr::tr("A tested backout plan"), 0),
          answer("documented", Tr::tr("A documented, untested backout plan"), 2),
          answer("none", Tr::tr("No way back"), 5)}},
        {QStringLiteral("business_hours"), Tr::tr("Does it run during business hours?"),
         {answer("outside", Tr::tr("No"), 0), answer("partly", Tr::tr("Partly"), 2),
          answer("during", Tr::tr("Yes"), 5)}},
    };
}

int maximumRiskScore()
{
    int total = 0;
    for (const RiskQuestion &question : riskQuestionnaire()) {
        int highest = 0;
        for (const RiskAnswer &answer : question.answers)
            highest = std::max(highest, answer.weight);
        total += highest;
    }
    return total;
}

RiskLevel riskLevelForScore(int score)
{
    if (score <= 5)
        return RiskLevel::Low;
    if (score <= 10)
        return RiskLevel::Medium;
    if (score <= 16)
        return RiskLevel::High;
    return RiskLevel::VeryHigh;
}

Result<RiskAssessment> assessRisk(const QMap<QString, QString> &answers)
{
    const QList<RiskQuestion> questions = riskQuestionnaire();
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const bool known = std::any_of(questions.cbegin(), questions.cend(),
                                       [&](const RiskQuestion &q) { return q.id == it.key(); });
        if (!known)
            return invalidData(Tr::tr("Risk assessment: there is no question \"%1\"")
                                   .arg(it.key()));
    }
    RiskAssessment assessment;
    for (const RiskQuestion &question : questions) {
        const QString given = answers.value(question.id);
        if (given.isEmpty())
            return invalidData(Tr::tr("Risk assessment: \"%1\" is not answered")
                                   .arg(question.text));
        const auto answer =
            std::find_if(question.answers.cbegin(), question.answers.cend(),
                         [&](const RiskAnswer &a) { return a.id == given; });
        if (answer == question.answers.cend()) {
            QStringList ids;
            for (const RiskAnswer &a : question.answers)
                ids << a.id;
            return invalidData(Tr::tr("Risk assessment: \"%1\" is not an answer to \"%2\"; "
                                      "answers are: %3")
                                   .arg(given, question.text, ids.join(QStringLiteral(", "))));
        }
        assessment.score += answer->weight;
    }
    assessment.level = riskLevelForScore(assessment.score);
    return assessment;
}

} // namespace ServiceDeck::Change
