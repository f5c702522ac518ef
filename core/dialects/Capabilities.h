#pragma once

#include <QList>
#include <QString>

#include <utility>

// What one module family can do and the limits its manual states, so that panels can show a
// missing feature disabled with the reason, and validate a form before anything is sent.
// Values come from the manuals; each family's <Class>Capabilities.cpp names the section beside
// every value. Reasons and descriptions are translated (context "DialectCapabilities").
struct DialectCapabilities
{
    struct Feature
    {
        bool available = false;
        QString reason; // why it is missing; empty when available

        static Feature yes() { return {true, {}}; }
        static Feature no(const QString &why) { return {false, why}; }
    };

    enum class FeatureId {
        Station,
        Scan,
        SoftAp,
        TcpClient,
        TcpServer,
        Udp,
        Tls,
        TransparentMode,
        Mqtt,
        MqttTls,
        Gpio,
        Adc,
    };

    // How settings survive a restart.
    enum class SaveToFlash {
        NotDocumented,  // the manual describes no way to persist settings
        CurDefCommands, // separate _CUR (RAM) and _DEF (flash) commands
        FlashOperator,  // "=!" writes the value to flash as well, "=" only to RAM
        ProfileSave,    // settings live in a profile written with a save command
    };

    Feature station;
    Feature scan;
    Feature softAp;
    Feature tcpClient;
    Feature tcpServer;
    Feature udp;
    Feature tls;
    Feature transparentMode;
    Feature mqtt;
    Feature mqttTls;
    Feature gpio;
    Feature adc;

    int maxSockets = 0;       // sockets open at the same time
    int maxSsidBytes = 32;    // IEEE 802.11 limit unless the manual says less
    int minKeyLength = 8;     // WPA-PSK passphrase, characters
    int maxKeyLength = 64;    // WPA-PSK: 63 ASCII characters or 64 hex digits
    QList<int> wepKeyLengths; // accepted WEP key lengths (ASCII and hex); empty: no WEP
    int maxSendChunk = 0;     // bytes one send command may carry
    QList<int> baudRates;     // the manual's list, ascending
    SaveToFlash saveToFlash = SaveToFlash::NotDocumented;
    QString saveToFlashDescription; // one translated sentence

    static QList<FeatureId> allFeatures()
    {
        return {
            FeatureId::Station,   FeatureId::Scan,    FeatureId::SoftAp, FeatureId::TcpClient,
            FeatureId::TcpServer, FeatureId::Udp,     FeatureId::Tls,    FeatureId::TransparentMode,
            FeatureId::Mqtt,      FeatureId::MqttTls, FeatureId::Gpio,   FeatureId::Adc};
    }

    const Feature &feature(FeatureId id) const
    {
        switch (id) {
        case FeatureId::Station:
            return station;
        case FeatureId::Scan:
            return scan;
        case FeatureId::SoftAp:
            return softAp;
        case FeatureId::TcpClient:
            return tcpClient;
        case FeatureId::TcpServer:
            return tcpServer;
        case FeatureId::Udp:
            return udp;
        case FeatureId::Tls:
            return tls;
        case FeatureId::TransparentMode:
            return transparentMode;
        case FeatureId::Mqtt:
            return mqtt;
        case FeatureId::MqttTls:
            return mqttTls;
        case FeatureId::Gpio:
            return gpio;
        case FeatureId::Adc:
            return adc;
        }
        return adc; // not reached: every enumerator is handled above
    }
    Feature &feature(FeatureId id)
    {
        return const_cast<Feature &>(std::as_const(*this).feature(id));
    }

    bool isValidKeyLength(int length) const
    {
        return (length >= minKeyLength && length <= maxKeyLength) || wepKeyLengths.contains(length);
    }
};
