// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue every database starts with. Schema step 1 created its classes and relation
// types, step 3 its attribute definitions; labels are stored data in English, like the classes'.
#include "cicatalogue.h"

#include <QHash>

namespace ServiceDeck::Cmdb {

namespace {

struct ClassRow
{
    const char *name;
    const char *label;
    const char *parent;
};

struct AttributeRow
{
    const char *ciClass;
    const char *name;
    const char *label;
    AttributeType type;
    const char *choices; // comma-separated, as ci_attribute_defs stores them
};

struct RelationRow
{
    const char *name;
    const char *forward;
    const char *reverse;
};

const ClassRow classRows[] = {
    {"business_service", "Business service", nullptr},
    {"application", "Application", nullptr},
    {"server", "Server", nullptr},
    {"virtual_machine", "Virtual machine", "server"},
    {"database", "Database", nullptr},
    {"network_device", "Network device", nullptr},
    {"storage", "Storage", nullptr},
};

// A virtual machine inherits the server's attributes (os, ip_address, cpu_count, …), so only
// what is its own is listed for it.
const AttributeRow attributeRows[] = {
    {"business_service", "criticality", "Criticality", AttributeType::Choice, "high,medium,low"},
    {"business_service", "support_hours", "Support hours", AttributeType::Choice,
     "24x7,Office hours"},
    {"application", "version", "Version", AttributeType::Text, nullptr},
    {"application", "technology", "Technology", AttributeType::Text, nullptr},
    {"database", "engine", "Engine", AttributeType::Text, nullptr},
    {"database", "version", "Version", AttributeType::Text, nullptr},
    {"database", "size_gb", "Size (GB)", AttributeType::Number, nullptr},
    {"database", "cluster", "Cluster", AttributeType::Reference, nullptr},
    {"server", "os", "Operating system", AttributeType::Text, nullptr},
    {"server", "ip_address", "IP address", AttributeType::Text, nullptr},
    {"server", "cpu_count", "CPUs", AttributeType::Number, nullptr},
    {"server", "memory_gb", "Memory (GB)", AttributeType::Number, nullptr},
    {"server", "vendor", "Vendor", AttributeType::Text, nullptr},
    {"server", "purchase_date", "Purchase date", AttributeType::Date, nullptr},
    {"server", "warranty_end", "Warranty end", AttributeType::Date, nullptr},
    {"virtual_machine", "host", "Host", AttributeType::Reference, nullptr},
    {"network_device", "vendor", "Vendor", AttributeType::Text, nullptr},
    {"network_device", "ip_address", "IP address", AttributeType::Text, nullptr},
    {"network_device", "firmware", "Firmware", AttributeType::Text, nullptr},
    {"storage", "vendor", "Vendor", AttributeType::Text, nullptr},
    {"storage", "capacity_tb", "Capacity (TB)", AttributeType::Number, nullptr},
    {"storage", "size_gb", "Size (GB)", AttributeType::Number, nullptr},
};

const RelationRow relationRows[] = {
    {"depends_on", "depends on", "used by"},
    {"runs_on", "runs on", "hosts"},
    {"connects_to", "connects to", "connects to"},
    {"part_of", "part of", "contains"},
};

QString text(const char *value)
{
    return value ? QString::fromUtf8(value) : QString();
}

} // namespace

CiCatalogue CiCatalogue::standard()
{
    CiCatalogue catalogue;
    for (const ClassRow &row : classRows)
        catalogue.addClass(CiClass{text(row.name), text(row.label), text(row.parent)});
    QHash<QString, int> positions;
    for (const AttributeRow &row : attributeRows) {
        AttributeDefinition definition;
        definition.ciClass = text(row.ciClass);
        definition.name = text(row.name);
        definition.label = text(row.label);
        definition.type = row.type;
        if (row.choices)
            definition.choices = text(row.choices).split(QLatin1Char(','));
        definition.position = ++positions[definition.ciClass];
        catalogue.addAttribute(definition);
    }
    for (const RelationRow &row : relationRows)
        catalogue.addRelationType(
            RelationType{text(row.name), text(row.forward), text(row.reverse)});
    return catalogue;
}

} // namespace ServiceDeck::Cmdb
