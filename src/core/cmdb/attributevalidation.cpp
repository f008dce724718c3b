// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributevalidation.h"

#include "core/tr.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace ServiceDeck::Cmdb {

namespace {

Result<QString> number(const AttributeDefinition &definition, const QString &value)
{
    // "1,000" or "1.000,5" are read differently per country; only the C form is accepted.
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    const double parsed = c.toDouble(value, &ok);
    if (!ok || !std::isfinite(parsed))
        return invalidData(
            Tr::tr("Field \"%1\": \"%2\" is not a number").arg(definition.name, value));
    // Integers keep every digit; other values the shortest form that reads back the same.
    if (parsed == std::floor(parsed) && std::fabs(parsed) < 1e15)
        return QString::number(qint64(parsed));
    return QString::number(parsed, 'g', QLocale::FloatingPointShortest);
}

Result<QString> date(const AttributeDefinition &definition, const QString &value)
{
    // Only yyyy-MM-dd: 03/04/2024 means different days to different readers.
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate parsed = iso.match(value).hasMatch()
                             ? QDate::fromString(value, Qt::ISODate)
                             : QDate();
    if (!parsed.isValid())
        return invalidData(Tr::tr("Field \"%1\": \"%2\" is not a date in the form yyyy-mm-dd")
                               .arg(definition.name, value));
    return parsed.toString(Qt::ISODate);
}

Result<QString> choice(const AttributeDefinition &definition, const QString &value)
{
    for (const QString &option : definition.choices) {
        if (option.trimmed().compare(value, Qt::CaseInsensitive) == 0)
            return option.trimmed();
    }
    QStringList options;
    for (const QString &option : definition.choices)
        options << option.trimmed();
    return invalidData(Tr::tr("Field \"%1\": \"%2\" is not one of: %3")
                           .arg(definition.name, value, options.join(QStringLiteral(", "))));
}

} // namespace

Result<QString> validateAttribute(const AttributeDefinition &definition, const QString &value,
                                  const CiNameExists &ciExists)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        if (definition.required)
            return invalidData(Tr::tr("Field \"%1\": a value is required").arg(definition.name));
        return QString();
    }
    switch (definition.type) {
    case AttributeType::Text:
        return trimmed;
    case AttributeType::Number:
        return number(definition, trimmed);
    case AttributeType::Date:
        return date(definition, trimmed);
    case AttributeType::Choice:
        return choice(definition, trimmed);
    case AttributeType::Reference:
        if (ciExists && !ciExists(trimmed))
            return invalidData(
                Tr::tr("Field \"%1\": no configuration item \"%2\"").arg(definition.name, trimmed));
        return trimmed;
    }
    return trimmed;
}

Result<QMap<QString, QString>> validateAttributes(const CiCatalogue &catalogue,
                                                  const QString &ciClass,
                                                  const QMap<QString, QString> &values,
                                                  const CiNameExists &ciExists)
{
    if (!catalogue.findClass(ciClass))
        return invalidData(Tr::tr("Field \"class\": no CI class \"%1\"").arg(ciClass));
    const QList<AttributeDefinition> definitions = catalogue.attributesOf(ciClass);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const bool known = std::any_of(definitions.cbegin(), definitions.cend(),
                                       [&](const auto &d) { return d.name == it.key(); });
        if (!known)
            return invalidData(
                Tr::tr("Field \"%1\": the class \"%2\" has no attribute of that name")
                    .arg(it.key(), ciClass));
    }
    // In definition order, so that of several bad values the first one on the form is named.
    QMap<QString, QString> canonical;
    for (const AttributeDefinition &definition : definitions) {
        auto valid = validateAttribute(definition, values.value(definition.name), ciExists);
        if (!valid)
            return valid.error();
        if (!valid->isEmpty())
            canonical.insert(definition.name, *valid);
    }
    return canonical;
}

} // namespace ServiceDeck::Cmdb
