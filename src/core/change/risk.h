// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ServiceDeck::Change {

// The schema's risk levels, lowest first.
enum class RiskLevel { Low, Medium, High, VeryHigh };

QString riskLevelName(RiskLevel level); // "low", "medium", "high", "very_high"
QString riskLevelLabel(RiskLevel level); // translated
std::optional<RiskLevel> riskLevelFromName(QStringView name);

struct RiskAnswer
{
    QString id; // stored identifier, e.g. "untested"
    QString label; // translated
    int weight = 0;
};

struct RiskQuestion
{
    QString id; // stored identifier, e.g. "tested"
    QString text; // translated
    QList<RiskAnswer> answers; // safest first
};

// The fixed questionnaire. The weights add up to at most 25, the range the risk_score column
// has always held (seeded data included), so old scores and new ones read the same.
QList<RiskQuestion> riskQuestionnaire();
int maximumRiskScore();

// The level of a score: up to 5 low, up to 10 medium, up to 16 high, above very high.
RiskLevel riskLevelForScore(int score);

struct RiskAssessment
{
    int score = 0;
    RiskLevel level = RiskLevel::Low;
};

// Scores answers (question id → answer id). Every question must be answered with one of its
// answers; the error names the first question at fault.
Result<RiskAssessment> assessRisk(const QMap<QString, QString> &answers);

} // namespace ServiceDeck::Change
