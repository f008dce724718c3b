// SPDX-License-Identifier: GPL-3.0-or-later
#include "changetype.h"

#include "core/tr.h"

namespace ServiceDeck::Change {

QList<ChangeType> allChangeTypes()
{
    return {ChangeType::Standard, ChangeType::Normal, ChangeType::Emergency};
}

QString changeTypeName(ChangeType type)
{
    switch (type) {
    case ChangeType::Standard: return QStringLiteral("standard");
    case ChangeType::Normal: return QStringLiteral("normal");
    case ChangeType::Emergency: return QStringLiteral("emergency");
    }
    return {};
}

QString changeTypeLabel(ChangeType type)
{
    switch (type) {
    case ChangeType::Standard: return Tr::tr("Standard");
    case ChangeType::Normal: return Tr::tr("Normal");
    case ChangeType::Emergency: return Tr::tr("Emergency");
    }
    return {};
}

std::optional<ChangeType> changeTypeFromName(QStringView name)
{
    for (ChangeType type : allChangeTypes()) {
        if (changeTypeName(type) == name)
            return type;
    }
    return std::nullopt;
}

ChangeTypeRules changeTypeRules(ChangeType type)
{
    ChangeTypeRules rules;
    const QString window[] = {QStringLiteral("planned_start"), QStringLiteral("planned_end")};
    switch (type) {
    case ChangeType::Standard:
        // Pre-approved: the template was assessed once, so neither CAB nor questionnaire; the
        // window and the steps are still needed to schedule it.
        rules.board = ApprovalBoard::None;
        rules.needsRiskAssessment = false;
        rules.requiredFields = {window[0], window[1], QStringLiteral("implementation_plan")};
        break;
    case ChangeType::Normal:
        rules.board = ApprovalBoard::Cab;
        rules.defaultQuorum = 0;
        rules.requiredFields = {window[0], window[1], QStringLiteral("implementation_plan"),
                                QStringLiteral("backout_plan"), QStringLiteral("test_plan")};
        break;
    case ChangeType::Emergency:
        // Expedited: one ECAB member's approval is enough unless a quorum is set, and the test
        // plan may follow the fix; a way back is never optional.
        rules.board = ApprovalBoard::Ecab;
        rules.defaultQuorum = 1;
        rules.requiredFields = {window[0], window[1], QStringLiteral("implementation_plan"),
                                QStringLiteral("backout_plan")};
        break;
    }
    return rules;
}

bool needsApproval(ChangeType type)
{
    return changeTypeRules(type).board != ApprovalBoard::None;
}

} // namespace ServiceDeck::Change
