#include "WifiCommands.h"

#include "engine/AtEvent.h"

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("WifiCommands", text);
}

bool isHex(const QString &s)
{
    for (const QChar c : s) {
        if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f'))
            return false;
    }
    return true;
}
} // namespace

WifiCommands::~WifiCommands() = default;

QString wifiSecurityName(WifiSecurity security)
{
    switch (security) {
    case WifiSecurity::Open:
        return tr("Open");
    case WifiSecurity::Wep:
        return QStringLiteral("WEP");
    case WifiSecurity::WpaPsk:
        return QStringLiteral("WPA-PSK");
    case WifiSecurity::Wpa2Psk:
        return QStringLiteral("WPA2-PSK");
    case WifiSecurity::WpaWpa2Psk:
        return QStringLiteral("WPA/WPA2-PSK");
    case WifiSecurity::Wpa3Psk:
        return QStringLiteral("WPA3-SAE");
    case WifiSecurity::Wpa2Wpa3Psk:
        return QStringLiteral("WPA2/WPA3");
    }
    return {};
}

bool wifiSecurityNeedsKey(WifiSecurity security)
{
    return security != WifiSecurity::Open;
}

QString wifiKeyProblem(WifiSecurity security, const QString &key)
{
    if (security == WifiSecurity::Open)
        return key.isEmpty() ? QString() : tr("An open network takes no key.");
    const qsizetype bytes = key.toUtf8().size();
    if (security == WifiSecurity::Wep) {
        if (bytes == 5 || bytes == 13)
            return {};
        if ((bytes == 10 || bytes == 26) && isHex(key))
            return {};
        return tr("A WEP key is 5 or 13 characters, or 10 or 26 hex digits.");
    }
    if (bytes == 64)
        return isHex(key) ? QString() : tr("A 64-character key must be hex digits.");
    if (bytes < 8 || bytes > 63)
        return tr("A WPA key is 8 to 63 characters (or 64 hex digits).");
    for (const QChar c : key) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return tr("A WPA passphrase is printable ASCII only.");
    }
    return {};
}

QList<int> WifiCommands::softApChannels() const
{
    QList<int> channels;
    for (int c = 1; c <= 13; ++c)
        channels << c;
    return channels;
}

ScanEntry WifiCommands::scanEntry(const QVariantMap &fields) const
{
    ScanEntry e;
    e.ssid = fields.value(AtFields::Ssid).toString();
    QString bssid = fields.value(AtFields::Bssid).toString().toUpper();
    if (bssid.size() == 12 && !bssid.contains(u':')) {
        for (int i = 10; i > 0; i -= 2)
            bssid.insert(i, u':');
    }
    e.bssid = bssid;
    e.channel = fields.value(AtFields::Channel).toInt();
    if (fields.contains(AtFields::Rssi)) {
        e.rssi = fields.value(AtFields::Rssi).toInt();
        e.hasRssi = true;
    }
    const QString security = fields.value(AtFields::Security).toString();
    e.security = security.compare(u"OPEN", Qt::CaseInsensitive) == 0 ? tr("Open") : security;
    return e;
}
