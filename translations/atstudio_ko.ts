<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Air602Dialect</name>
    <message>
        <location filename="../core/dialects/air602/Air602Detect.cpp" line="43"/>
        <source>W600 module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Dialect.cpp" line="160"/>
        <source>Luat Air602 (WinnerMicro W600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Dialect.cpp" line="330"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="15"/>
        <source>Invalid command format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="16"/>
        <source>Command not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="17"/>
        <source>Invalid operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="18"/>
        <source>Invalid parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="19"/>
        <source>Operation not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="20"/>
        <source>Not enough memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="21"/>
        <source>Flash error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="22"/>
        <source>System busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="23"/>
        <source>Joining the network failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="24"/>
        <source>No socket available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="25"/>
        <source>Invalid socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="26"/>
        <source>Socket connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="27"/>
        <source>Socket failed to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="28"/>
        <source>Socket reception failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="29"/>
        <source>Undefined error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="34"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="35"/>
        <source>Out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="36"/>
        <source>Buffer error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="37"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="38"/>
        <source>Routing problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="39"/>
        <source>Operation in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="40"/>
        <source>Illegal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="41"/>
        <source>Operation would block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="42"/>
        <source>Address in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="43"/>
        <source>Already connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="44"/>
        <source>Connection already established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="45"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="46"/>
        <source>Low-level network interface error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="47"/>
        <source>Connection aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="48"/>
        <source>Connection reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="49"/>
        <source>Connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="50"/>
        <source>Illegal argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="59"/>
        <source>Unknown error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Air602DialectCatalog</name>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="27"/>
        <source>Null operation: checks that the module answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="29"/>
        <source>Resets the module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="31"/>
        <source>Toggles the echo of commands on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="33"/>
        <source>Switches the serial port to transparent transmission mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="37"/>
        <source>Enters an energy-saving mode: Wi-Fi off, standby or sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="41"/>
        <source>Restores the factory settings; they take effect after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="45"/>
        <source>Saves the parameters in RAM to flash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="47"/>
        <source>Shows the MAC address in station mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="49"/>
        <source>Shows the MAC address in SoftAP mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="50"/>
        <source>Shows the firmware version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="54"/>
        <source>Sets or queries the network type: 0 station, 1 ad-hoc, 2 SoftAP, 3 APSTA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="59"/>
        <source>Sets or queries DHCP (0) or the static IP configuration (1) in station mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="64"/>
        <source>Sets or queries the IP configuration and DHCP server in SoftAP mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="68"/>
        <source>Sets or queries the module&apos;s local domain name (SoftAP mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="72"/>
        <source>Sets or queries the operating mode: 0 automatic, 1 command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="76"/>
        <source>Sets or queries the socket created automatically in automatic mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="80"/>
        <source>Sets or queries the SSID to join in station mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="83"/>
        <source>Sets or queries the SoftAP SSID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="85"/>
        <source>Sets or queries the security mode in station mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="89"/>
        <source>Sets or queries the SoftAP security mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="92"/>
        <source>Sets or queries the network key in station mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="95"/>
        <source>Sets or queries the SoftAP network key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="97"/>
        <source>Sets or queries the BSSID of the access point to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="101"/>
        <source>Sets or queries the channel mode in station mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="104"/>
        <source>Sets or queries the SoftAP channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="106"/>
        <source>Sets or queries the list of allowed channels (a hex bit mask).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="110"/>
        <source>Enables or queries the automatic creation of an ad-hoc network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="114"/>
        <source>Turns automatic Wi-Fi energy saving on or off, or queries it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="118"/>
        <source>Enables, disables or queries the SoftAP SSID broadcast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="122"/>
        <source>Sets or queries the UART data format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="124"/>
        <source>Enables, disables or queries the built-in web management server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="128"/>
        <source>Sets or queries the device name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="130"/>
        <source>Sets or queries the system login password (6 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="134"/>
        <source>Shows the user data received during one-click configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="138"/>
        <source>Shows the configured network join parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="142"/>
        <source>Sets or queries the host interface mode (UART, high-speed UART, SPI, SDIO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="147"/>
        <source>Resolves a domain name to an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="150"/>
        <source>Gets or sets the WPS PIN, or starts WPS by PIN or push button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="154"/>
        <source>Joins or creates the configured network (station, SoftAP or ad-hoc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="158"/>
        <source>Disconnects from the current network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="160"/>
        <source>Scans for wireless networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="162"/>
        <source>Shows the station&apos;s connection status and IP configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="166"/>
        <source>Shows the SoftAP&apos;s status and IP configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="169"/>
        <source>Lists the stations connected to the SoftAP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="172"/>
        <source>Creates a TCP or UDP client or server socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="175"/>
        <source>Sends &lt;size&gt; bytes of binary data through a socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="179"/>
        <source>Reads up to &lt;maxsize&gt; bytes from a socket&apos;s receive buffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="183"/>
        <source>Shows the state of a socket and of its accepted clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="186"/>
        <source>Closes a socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="189"/>
        <source>Sets the default socket used by transparent mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="192"/>
        <source>Shows the source IP address of the last received data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="196"/>
        <source>Turns the active report of received socket data on (1) or off (0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="200"/>
        <source>Starts (1) or stops (0) one-click configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="203"/>
        <source>Sends an HTTP GET or POST request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="206"/>
        <source>Sets the MQTT broker&apos;s port and IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="209"/>
        <source>Sets the MQTT user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="211"/>
        <source>Sets the MQTT client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="213"/>
        <source>Connects to the MQTT broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="215"/>
        <source>Subscribes to an MQTT topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="217"/>
        <source>Publishes a message to an MQTT topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="219"/>
        <source>Disconnects from the MQTT broker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtSession</name>
    <message>
        <location filename="../core/engine/AtSession.cpp" line="32"/>
        <source>The session was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/AtSession.cpp" line="107"/>
        <source>Not connected to a module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/AtSession.cpp" line="190"/>
        <source>%1 (error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/AtSession.cpp" line="233"/>
        <source>The module restarted while %1 was running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/AtSession.cpp" line="255"/>
        <source>The module stayed busy after %1 retries (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/AtSession.cpp" line="271"/>
        <source>No answer to %1 within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoDetector</name>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="131"/>
        <source>Detection cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="163"/>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="189"/>
        <source>%1 does not accept %2 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="193"/>
        <source>Trying %1 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="243"/>
        <source>%1 baud: &quot;%2&quot; looks like %3; asking for its identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="312"/>
        <source>Nothing answered on %1 at %2 baud. Check the power, the wiring (the module&apos;s TX to the adapter&apos;s RX and back) and that no other program uses the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="315"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="336"/>
        <source>%1, firmware %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="337"/>
        <source>Found %1 at %2 baud (%3 confidence).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandCompleter</name>
    <message>
        <location filename="../ui/terminal/CommandCompleter.cpp" line="59"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandInput</name>
    <message>
        <location filename="../ui/terminal/CommandInput.cpp" line="14"/>
        <source>Type an AT command and press Enter (Up and Down: history)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="47"/>
        <location filename="../ui/ConnectionBar.cpp" line="288"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="48"/>
        <location filename="../ui/ConnectionBar.cpp" line="280"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="60"/>
        <source>A serial port, a device path such as /dev/pts/3, a network serial server as host:port, or the virtual module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="62"/>
        <source>port, /dev/path or host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="68"/>
        <source>Baud rate: pick one or type any rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="74"/>
        <source>The module family: it decides how commands are written and replies read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="75"/>
        <source>Data bits, parity, stop bits, flow control, DTR and RTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="80"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="82"/>
        <source>Baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="85"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="89"/>
        <source>Find the baud rate and the module family on the chosen serial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="136"/>
        <source>Data bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="142"/>
        <source>Parity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="143"/>
        <location filename="../ui/ConnectionBar.cpp" line="155"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="144"/>
        <source>Even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="145"/>
        <source>Odd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="146"/>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="147"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="149"/>
        <source>Stop bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="154"/>
        <source>Flow control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="156"/>
        <source>RTS/CTS (hardware)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="157"/>
        <source>XON/XOFF (software)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="160"/>
        <source>DTR asserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="164"/>
        <source>RTS asserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="180"/>
        <source> RTS/CTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="182"/>
        <source> XON/XOFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="201"/>
        <source>Virtual module (no hardware)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="223"/>
        <source>Choose a serial port, type a device path or host:port, or pick the virtual module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="234"/>
        <source>The baud rate must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="280"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="288"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../ui/DashboardView.cpp" line="44"/>
        <source>excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="46"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="48"/>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="50"/>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="52"/>
        <source>very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="136"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="137"/>
        <source>Read every field from the module now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="140"/>
        <location filename="../ui/DashboardView.cpp" line="436"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="140"/>
        <source>Every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="141"/>
        <source>Read the module again periodically. Each reading sends the status commands, which the terminal shows. Leave it off while a socket is in data (transparent) mode: the commands would reach the peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="144"/>
        <source>Auto-&amp;refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="146"/>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="148"/>
        <source>Large, high-contrast type with the main fields, for a projector (Esc leaves it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="216"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="219"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="222"/>
        <source>Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="363"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="365"/>
        <source>No module connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="369"/>
        <source>Connection lost, waiting for the module…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="372"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="374"/>
        <source>Read at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="393"/>
        <source>AP running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="393"/>
        <location filename="../ui/DashboardView.cpp" line="454"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="395"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="397"/>
        <source>AP stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="397"/>
        <location filename="../ui/DashboardView.cpp" line="454"/>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="417"/>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="417"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="421"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="423"/>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="425"/>
        <source>no signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="427"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="438"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="440"/>
        <source>Soft AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="442"/>
        <source>Station + soft AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="444"/>
        <source>Ad hoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="450"/>
        <source>%1 dBm (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="469"/>
        <source>the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="473"/>
        <source>Not available on this module: no AT command of the %1 reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="475"/>
        <source>Follows the module&apos;s messages when it sends them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="478"/>
        <source>AT command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="482"/>
        <source>Last update %1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="485"/>
        <source>Unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="555"/>
        <source>%1 dBm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultPlan</name>
    <message>
        <location filename="../core/sim/FaultPlan.cpp" line="42"/>
        <source>fault &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/FaultPlan.cpp" line="46"/>
        <source>expects a probability from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/FaultPlan.cpp" line="48"/>
        <source>expects a duration such as 30s or 500ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/FaultPlan.cpp" line="69"/>
        <source>expects 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/FaultPlan.cpp" line="76"/>
        <source>expects a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/FaultPlan.cpp" line="78"/>
        <source>unknown; known faults are noise, reset, drop-final, busy, split, unplug and seed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="16"/>
        <source>Find in the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="19"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="20"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="21"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="22"/>
        <source>Next match (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="24"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="25"/>
        <source>Close the find bar (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="28"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="61"/>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="63"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="65"/>
        <source>matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineEndingBox</name>
    <message>
        <location filename="../ui/terminal/LineEndingBox.cpp" line="20"/>
        <source>Line end sent after what you type. With the module&apos;s own line end the command goes through the engine (its reply is tracked); with another one the bytes are written as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/LineEndingBox.cpp" line="56"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/LineEndingBox.cpp" line="61"/>
        <source>%1 (module)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Macro</name>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="48"/>
        <source>Line %1: a pause is at most %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="53"/>
        <source>Line %1: write a pause as &quot;wait 500&quot; (milliseconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="60"/>
        <source>A macro needs at least one command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MacroBar</name>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="24"/>
        <source>Macros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="34"/>
        <source>No macros yet: Macros ▸ New macro… makes a button that sends commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="54"/>
        <source>%1

Click to send; click again while it runs to stop it. Right-click to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="70"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="74"/>
        <location filename="../ui/terminal/MacroBar.cpp" line="91"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="89"/>
        <source>&amp;New macro…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="90"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="100"/>
        <source>&amp;Import from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="101"/>
        <source>E&amp;xport to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="155"/>
        <source>Delete macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="155"/>
        <source>Delete the macro &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="165"/>
        <source>Macros imported from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="173"/>
        <source>Macros exported to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="181"/>
        <location filename="../ui/terminal/MacroBar.cpp" line="189"/>
        <source>Import macros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="182"/>
        <location filename="../ui/terminal/MacroBar.cpp" line="196"/>
        <source>Macro files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="195"/>
        <location filename="../ui/terminal/MacroBar.cpp" line="203"/>
        <source>Export macros</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MacroEditor</name>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="20"/>
        <source>New macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="20"/>
        <source>Edit macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="26"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="27"/>
        <source>&amp;Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="28"/>
        <source>One command per line, sent after the reply to the one before. &quot;wait 500&quot; pauses for 500 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="52"/>
        <source>Give the macro a name: it is the button&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="54"/>
        <source>There is already a macro called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MacroJson</name>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="91"/>
        <source>%1 is not valid JSON: %2 (at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="98"/>
        <source>%1 is not an AT Studio macro file: it has no &quot;macros&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="103"/>
        <source>%1 is a &quot;%2&quot; file, not an AT Studio macro file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="108"/>
        <source>%1 was written by a newer AT Studio (macro file version %2); this one reads version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="122"/>
        <source>%1: macro %2 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="127"/>
        <source>%1: macro &quot;%2&quot; has no steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="140"/>
        <source>%1: step %2 of macro &quot;%3&quot; needs a &quot;command&quot; text or a &quot;waitMs&quot; pause of 0 to %4 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MacroRunner</name>
    <message>
        <location filename="../ui/terminal/MacroRunner.cpp" line="25"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroRunner.cpp" line="43"/>
        <source>Not connected to a module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroRunner.cpp" line="51"/>
        <source>Step %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MacroStore</name>
    <message>
        <location filename="../ui/terminal/MacroStore.cpp" line="17"/>
        <source>the saved macros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroStore.cpp" line="80"/>
        <location filename="../ui/terminal/MacroStore.cpp" line="85"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroStore.cpp" line="96"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroStore.cpp" line="100"/>
        <source>%1 is too large for a macro file (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="38"/>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44"/>
        <source>AT Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="46"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="53"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>Session log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>The port is back: reconnected and re-synchronised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="128"/>
        <source>&amp;Open transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>Export session as &amp;transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>Export session as plain te&amp;xt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>Text &amp;size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Huge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>The language changes when AT Studio starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>Connecting to %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222"/>
        <source>Connecting to the virtual %1 (no hardware: a simulated module with real sockets on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230"/>
        <source>Choose a port and a module above, then Connect (or pick the virtual module to try things without hardware).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>No module is attached: opening the virtual WizFi360 so that you can try everything without hardware. Plug in a module and choose its port above for the real thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="259"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>Port lost, waiting for it to return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="273"/>
        <source>in %1 · out %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="288"/>
        <source>Auto-detect needs a serial port: choose one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <source>There is no session log to export yet: connect to a module first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="322"/>
        <source>Export session as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="322"/>
        <source>Export session as transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>Transcripts (*.transcript)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333"/>
        <source>Session exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <source>Open transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <source>Transcripts (*.transcript);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="347"/>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="349"/>
        <source>%1 holds no traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="352"/>
        <source>Replaying %1 as %2 (nothing is sent to a module).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleConnection</name>
    <message>
        <location filename="../core/engine/ModuleConnection.cpp" line="29"/>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/ModuleConnection.cpp" line="117"/>
        <source>No session log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/ModuleConnection.cpp" line="241"/>
        <location filename="../core/engine/ModuleConnection.cpp" line="369"/>
        <source>Unknown module &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/ModuleConnection.cpp" line="275"/>
        <source>virtual %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/ModuleConnection.cpp" line="310"/>
        <source>Not connected to a module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/ModuleConnection.cpp" line="373"/>
        <source>replay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleStatus</name>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="22"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="24"/>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="26"/>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="28"/>
        <source>Wi-Fi mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="30"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="32"/>
        <source>SSID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="34"/>
        <source>BSSID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="36"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="38"/>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="40"/>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="42"/>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="44"/>
        <source>DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="46"/>
        <source>Open sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="48"/>
        <source>MQTT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pic32mzw1Dialect</name>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Dialect.cpp" line="18"/>
        <source>Microchip PIC32MZW1 (WFI32) AnyCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Dialect.cpp" line="221"/>
        <source>The command failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="11"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="12"/>
        <source>General Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="13"/>
        <source>Invalid AT Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="14"/>
        <source>Unknown AT Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="15"/>
        <source>Invalid Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="16"/>
        <source>Incorrect Number of Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="17"/>
        <source>Configuration Update Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="18"/>
        <source>Configuration Access Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="19"/>
        <source>Wi-Fi Request Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="20"/>
        <source>STA Not Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="21"/>
        <source>Socket ID Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="22"/>
        <source>No Free Sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="23"/>
        <source>Invalid Socket Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="24"/>
        <source>Socket Close Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="25"/>
        <source>Socket Bind Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="26"/>
        <source>Socket TLS Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="27"/>
        <source>Socket Connect Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="28"/>
        <source>Socket Send Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="29"/>
        <source>Socket Set Option Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="30"/>
        <source>Socket Destination Not Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="31"/>
        <source>Length Mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="32"/>
        <source>STA Disconnect Not Permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="33"/>
        <source>STA Disconnect Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="34"/>
        <source>STA Connection Not Permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="35"/>
        <source>STA Connection Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="36"/>
        <source>Soft AP Stop Not Permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="37"/>
        <source>Soft AP Stop Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="38"/>
        <source>Soft AP Start Not Permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="39"/>
        <source>Soft AP Start Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="40"/>
        <source>Provisioning Soft AP Stop Not Permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="41"/>
        <source>Provisioning Soft AP Stop Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="42"/>
        <source>Provisioning Soft AP Start Not Permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="43"/>
        <source>Provisioning Soft AP Start Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="44"/>
        <source>WPS Stop Not Permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="45"/>
        <source>WPS Stop Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="46"/>
        <source>WPS Start Not Permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="47"/>
        <source>WPS Start Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="48"/>
        <source>Unsupported Security Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="49"/>
        <source>Invalid Security Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="50"/>
        <source>OTA In Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="51"/>
        <source>Unsupported File Transfer Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="52"/>
        <source>DNS Type Not Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="53"/>
        <source>DNS Query Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="54"/>
        <source>Ping Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="55"/>
        <source>Network Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="56"/>
        <source>Multicast Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="57"/>
        <source>Time Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="58"/>
        <source>MQTT Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="63"/>
        <source>Unknown error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pic32mzw1DialectCatalog</name>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="25"/>
        <source>Turns character echo off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="27"/>
        <source>Turns character echo on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="31"/>
        <source>Reads or sets the scan configuration (1 probe wait time, 2 passive listen time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="36"/>
        <source>Starts an active scan of one channel or of all (255); results arrive as +WSCNIND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="41"/>
        <source>Starts a passive scan of one channel or of all (255); results arrive as +WSCNIND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="47"/>
        <source>Reads or sets the station configuration (SSID, security, credentials, channel, NTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="52"/>
        <source>Shows the station state, or connects (1) or disconnects (0) it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="56"/>
        <source>Reads or sets the soft AP configuration (SSID, security, credentials, channel, hidden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="61"/>
        <source>Shows the soft AP state, or starts (1) or stops (0) it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="66"/>
        <source>Reads or sets the MQTT configuration (broker, port, client ID, user name, TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="71"/>
        <source>Connects to the MQTT broker or shows the connection status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="75"/>
        <source>Subscribes to an MQTT topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="77"/>
        <source>Unsubscribes from an MQTT topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="79"/>
        <source>Publishes a message to an MQTT topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="81"/>
        <source>Disconnects from the MQTT broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="84"/>
        <source>Creates a UDP (1) or TCP (2) socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="87"/>
        <source>Closes a socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="89"/>
        <source>Binds a socket to a local port to listen (TCP) or receive (UDP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="93"/>
        <source>Binds a socket to a remote address: connects (TCP) or sets the destination (UDP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="98"/>
        <source>Binds a UDP socket to a multicast group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="101"/>
        <source>Upgrades a TCP socket to TLS with a +TLSC configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="105"/>
        <source>Lists the open sockets, or one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="108"/>
        <source>Sends data on a socket, as a string or in binary mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="112"/>
        <source>Sends data on a UDP socket to a given address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="115"/>
        <source>Reads received data from a socket as a string (1) or binary (2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="119"/>
        <source>Reads or sets a TLS configuration (certificates, key, server name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="123"/>
        <source>Resolves a domain name (A or AAAA record); the result arrives as +DNSRESOLV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="128"/>
        <source>Pings an IP address or a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="131"/>
        <source>Shows the manufacturer identification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="134"/>
        <source>Shows the model identification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="136"/>
        <source>Shows the revision identification (chip, firmware and driver versions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="142"/>
        <source>Checks that the module answers (firmware, not in the manual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="146"/>
        <source>Sets the verbosity of result codes, 0-5; 5 gives ERROR:&lt;code&gt;,&quot;&lt;text&gt;&quot; (firmware, not in the manual).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipeTransport</name>
    <message>
        <location filename="../core/transport/PipeTransport.cpp" line="45"/>
        <source>The virtual module has gone away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PtyTransport</name>
    <message>
        <location filename="../core/transport/PtyTransport.cpp" line="34"/>
        <source>Cannot create a pseudo-terminal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/PtyTransport.cpp" line="71"/>
        <source>Cannot create the link %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialTransport</name>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="58"/>
        <source>%1 does not accept the settings %2 baud %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="111"/>
        <source>%1 does not exist (unplugged?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="114"/>
        <source>Permission denied on %1: it is in use by another program, or your user may not open serial ports. Add yourself to the dialout group (sudo usermod -aG dialout $USER) and log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="121"/>
        <source>%1 is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="123"/>
        <source>%1 went away (unplugged or the driver reset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="127"/>
        <source>Writing to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="130"/>
        <source>Reading from %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="133"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <location filename="../core/log/SessionExport.cpp" line="19"/>
        <location filename="../core/log/SessionExport.cpp" line="25"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/log/SessionLog.cpp" line="116"/>
        <source>Could not create the log directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/log/SessionLog.cpp" line="135"/>
        <source>The session log could not start: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/log/SessionLog.cpp" line="168"/>
        <source>could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/log/SessionLog.cpp" line="184"/>
        <location filename="../core/log/SessionLog.cpp" line="301"/>
        <location filename="../core/log/SessionLog.cpp" line="327"/>
        <location filename="../core/log/SessionLog.cpp" line="344"/>
        <source>could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/log/SessionLog.cpp" line="199"/>
        <source>the file was deleted or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/log/SessionLog.cpp" line="377"/>
        <source>The session log stopped: %1. Traffic from %2 s on is not in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimMqtt</name>
    <message>
        <location filename="../core/sim/SimMqtt.cpp" line="54"/>
        <source>cannot create an MQTT client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimSockets</name>
    <message>
        <location filename="../core/sim/SimSockets.cpp" line="70"/>
        <source>No route to host (the virtual module reaches this computer only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusService</name>
    <message>
        <location filename="../core/services/StatusService.cpp" line="98"/>
        <location filename="../core/services/StatusService.cpp" line="142"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="104"/>
        <source>The connection came back: reading again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="106"/>
        <source>The module restarted: reading again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="110"/>
        <location filename="../core/services/StatusService.cpp" line="136"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="145"/>
        <source>The connection was lost: waiting for it to come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="241"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="276"/>
        <source>%1 gave no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="305"/>
        <source>the module&apos;s message &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpTransport</name>
    <message>
        <location filename="../core/transport/TcpTransport.cpp" line="19"/>
        <source>The serial server %1:%2 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport/TcpTransport.cpp" line="29"/>
        <source>Serial server %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalView</name>
    <message>
        <location filename="../ui/TerminalView.cpp" line="52"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="109"/>
        <source>Not connected: choose a port (or the virtual module) above and connect, then send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="156"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="162"/>
        <location filename="../ui/TerminalView.cpp" line="169"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="163"/>
        <source>Stop adding rows to the view; they are held back (and logged) until you resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="169"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="173"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="173"/>
        <source>Keep the newest row in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="180"/>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="180"/>
        <source>Show the bytes of every row as a hex dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="185"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="185"/>
        <source>Find in the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="187"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="187"/>
        <source>Copy the selected rows as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="189"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="189"/>
        <source>Clear the view (the session log keeps everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="195"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="338"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="356"/>
        <source>Macro &quot;%1&quot; stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="437"/>
        <source>No session log yet: it starts when you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="438"/>
        <source>Session log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="441"/>
        <source>Everything sent and received is written to the session log; the terminal shows the newest %L1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="446"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="448"/>
        <source>Paused, held back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="451"/>
        <source> · %1 older ones only in the session log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficFormatter</name>
    <message>
        <location filename="../ui/terminal/TrafficFormatter.cpp" line="66"/>
        <source>cut, length %1: the hex view shows all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/TrafficFormatter.cpp" line="115"/>
        <source>echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/TrafficFormatter.cpp" line="118"/>
        <source>noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/TrafficFormatter.cpp" line="121"/>
        <source>prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/TrafficFormatter.cpp" line="128"/>
        <source>data, length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/terminal/TrafficFormatter.cpp" line="181"/>
        <source>payload, length %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <location filename="../ui/terminal/TrafficModel.cpp" line="199"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <location filename="../core/log/Transcript.cpp" line="31"/>
        <source>backslash at end of line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/log/Transcript.cpp" line="54"/>
        <source>\x needs exactly two hex digits; taken as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/log/Transcript.cpp" line="66"/>
        <source>unknown escape \%1; taken as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/log/Transcript.cpp" line="145"/>
        <source>bad time stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/log/Transcript.cpp" line="156"/>
        <source>line does not start with &lt;&lt; or &gt;&gt;; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/log/Transcript.cpp" line="164"/>
        <source>no space after the direction marker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizfi250Dialect</name>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Dialect.cpp" line="57"/>
        <source>WIZnet WizFi250</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Parse.cpp" line="213"/>
        <source>Command request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Parse.cpp" line="215"/>
        <source>Wrong command or parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Parse.cpp" line="217"/>
        <source>Wrong socket ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Parse.cpp" line="219"/>
        <source>Wrong Wi-Fi status (some commands work only while Wi-Fi is joined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Parse.cpp" line="223"/>
        <source>Wrong mode status (some commands do not work in data mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Parse.cpp" line="225"/>
        <source>Module error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizfi250DialectCatalog</name>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="25"/>
        <source>Checks the AT command terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="29"/>
        <source>Joins the configured access point (station) or starts the soft AP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="33"/>
        <source>Leaves the access point or stops the soft AP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="36"/>
        <source>Scans for access points; SSID, BSSID and channel are optional filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="40"/>
        <source>Sets or shows the Wi-Fi mode (0 station, 1 soft AP), SSID, BSSID and channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="45"/>
        <source>Sets or shows the security type and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="48"/>
        <source>Sets or shows DHCP or the static IP address, subnet mask and gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="52"/>
        <source>Shows the current Wi-Fi status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="54"/>
        <source>Sets or shows the country code (ISO 3166-1 alpha-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="58"/>
        <source>Connects with WPS by push button (0) or PIN (1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="62"/>
        <source>Sets or shows the antenna type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="64"/>
        <source>Starts Wi-Fi Direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="66"/>
        <source>Stops Wi-Fi Direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="68"/>
        <source>Shows the Wi-Fi Direct peer list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="70"/>
        <source>Invites a Wi-Fi Direct peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="72"/>
        <source>Checks the Wi-Fi link with pings and re-associates when it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="76"/>
        <source>Adds DNS servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="81"/>
        <source>Opens a TCP/UDP client or server socket, or shows the last parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="85"/>
        <source>Closes a socket (or ALL), or lists the open sockets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="89"/>
        <source>Sends &lt;SendSize&gt; bytes on a socket in command mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="92"/>
        <source>Returns to data mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="95"/>
        <source>Sets or shows the header form of data received in command mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="99"/>
        <source>Sets a miscellaneous option: 10 is the &apos;+++&apos; escape timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="104"/>
        <source>Shows, loads or saves the profile (VD, VG, L, S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="108"/>
        <source>Performs a factory reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="110"/>
        <source>Performs a system reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="112"/>
        <source>Sets or shows the message print level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="115"/>
        <source>Sets or shows the MAC address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="117"/>
        <source>Shows the firmware and hardware versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="120"/>
        <source>Sets or shows the echo mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="122"/>
        <source>Prints the command descriptions and their usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="126"/>
        <source>Enables or disables MCU power save; the serial port is unusable while it is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="131"/>
        <source>Enables, disables or shows Wi-Fi power save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="134"/>
        <source>Changes or shows the web server&apos;s user ID and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="138"/>
        <source>Sets or shows the UART configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="140"/>
        <source>Sets or shows the host interface (UART or SPI) and the SPI option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="144"/>
        <source>Custom GPIO setting; the guide marks it TBD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="147"/>
        <source>Sets or shows the custom code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="149"/>
        <source>Configures or shows the Air Command server (AT commands over Wi-Fi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="153"/>
        <source>Sets whether [LISTEN x] is printed when a TCP server socket opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="157"/>
        <source>Sets or shows the form of each event message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="161"/>
        <source>Pings an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="163"/>
        <source>Resolves a host name (DNS query).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="165"/>
        <source>Starts or stops the web server, or shows its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="171"/>
        <source>Reads (0), writes (1) or configures (2) a GPIO, or shows all GPIO settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="176"/>
        <source>Sets or shows the socket extension options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="179"/>
        <source>Launches OTA mode to update the firmware over Wi-Fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="183"/>
        <source>Web server option; the guide marks it TBD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="187"/>
        <source>Sets or shows an SSID that contains special characters (firmware, not in the manual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="192"/>
        <source>Sets or shows the transmit power, 0-31 dBm (firmware, not in the manual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="197"/>
        <source>Sets or shows the MQTT user name, password, client ID and keep-alive time (firmware, not in the manual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="202"/>
        <source>Connects to (1) or disconnects from (0) an MQTT broker, or shows the status (firmware, not in the manual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="207"/>
        <source>Subscribes to (1) or unsubscribes from (0) an MQTT topic (firmware, not in the manual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="212"/>
        <source>Publishes &lt;Length&gt; bytes to an MQTT topic (firmware, not in the manual).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizfi310Dialect</name>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="49"/>
        <source>WIZnet WizFi310</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="245"/>
        <source>Command request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="247"/>
        <source>Wrong command or parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="249"/>
        <source>Wrong socket ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="251"/>
        <source>Wrong Wi-Fi status: the command works only while Wi-Fi is joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="254"/>
        <source>Wrong mode status: the command does not work in data mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="256"/>
        <source>The module reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizfi310DialectCatalog</name>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="23"/>
        <source>Checks the AT command terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="27"/>
        <source>Joins the configured access point (station) or starts the soft AP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="31"/>
        <source>Leaves the access point or stops the soft AP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="34"/>
        <source>Scans for access points; SSID, BSSID and channel are optional filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="38"/>
        <source>Sets or shows the Wi-Fi mode (0 station, 1 soft AP), SSID, BSSID and channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="43"/>
        <source>Sets or shows an SSID that contains special characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="47"/>
        <source>Sets or shows the security type and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="50"/>
        <source>Sets or shows DHCP or the static IP address, subnet mask and gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="54"/>
        <source>Shows the current Wi-Fi status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="56"/>
        <source>Connects with WPS by push button (0) or PIN (1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="60"/>
        <source>Adds DNS servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="65"/>
        <source>Opens a TCP/UDP client or server socket, or shows the last parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="69"/>
        <source>Closes a socket (or ALL), or lists the open sockets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="73"/>
        <source>Sends &lt;SendSize&gt; bytes on a socket in command mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="76"/>
        <source>Returns to data mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="79"/>
        <source>Sets or shows the header form of data received in command mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="83"/>
        <source>Sets a socket option (keep-alive, TCP_NODELAY, TTL...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="87"/>
        <source>Sets a miscellaneous option: 10 is the &apos;+++&apos; escape timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="92"/>
        <source>Shows, loads or saves the profile (VD, VG, L, S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="96"/>
        <source>Performs a factory reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="98"/>
        <source>Performs a system reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="100"/>
        <source>Sets or shows the message print level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="103"/>
        <source>Sets or shows the MAC address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="105"/>
        <source>Shows the firmware and hardware versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="108"/>
        <source>Sets or shows the echo mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="110"/>
        <source>Prints the command descriptions and their usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="114"/>
        <source>MCU power save; the manual says it is currently not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="118"/>
        <source>Enables, disables or shows Wi-Fi power save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="121"/>
        <source>Sets or shows the UART configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="123"/>
        <source>Sets or shows the custom code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="125"/>
        <source>Configures or shows the Air Command server (AT commands over Wi-Fi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="129"/>
        <source>Sets whether [LISTEN x] is printed when a TCP server socket opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="133"/>
        <source>Sets or shows the form of each event message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="136"/>
        <source>Upgrades the firmware over the serial port (XMODEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="141"/>
        <source>Pings an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="143"/>
        <source>Resolves a host name (DNS query).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="149"/>
        <source>Initialises a GPIO as input (0) or output (1), reads (2) or writes (3) it, or lists the available GPIOs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="154"/>
        <source>Reads the ADC value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="156"/>
        <source>Sets or shows the socket extension options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="159"/>
        <source>Launches OTA mode to update the firmware from a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="164"/>
        <source>Sets or shows the MQTT user name, password, client ID and keep-alive time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="169"/>
        <source>Connects to or disconnects from an MQTT broker, or shows the connection status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="174"/>
        <source>Subscribes to (1) or unsubscribes from (0) an MQTT topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="178"/>
        <source>Publishes &lt;Length&gt; bytes to an MQTT topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="184"/>
        <source>Configures and connects or disconnects GMMP (SK Telecom M2M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="188"/>
        <source>Sets or sends GMMP data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="190"/>
        <source>Manages the GMMP options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="194"/>
        <source>Connects to or disconnects from ThingPlug with its authorisation data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="199"/>
        <source>Registers or deletes the device on ThingPlug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="202"/>
        <source>Creates or deletes a ThingPlug container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="205"/>
        <source>Sends data to ThingPlug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="207"/>
        <source>Registers or deletes a management command on ThingPlug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="211"/>
        <source>Answers a ThingPlug management command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizfi360Dialect</name>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Detect.cpp" line="61"/>
        <source>ESP-AT module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="18"/>
        <source>WIZnet WizFi360</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="389"/>
        <source>AT command input error or execution error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="400"/>
        <source>The command failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="410"/>
        <source>The network data transmission failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="417"/>
        <source>The TCP, UDP or SSL connection is already established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="424"/>
        <source>Could not connect to the broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="437"/>
        <source>Connection timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="439"/>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="441"/>
        <source>Cannot find the target AP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="443"/>
        <source>Connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="445"/>
        <source>Could not connect to the AP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Lines.cpp" line="327"/>
        <source>DNS lookup failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Lines.cpp" line="332"/>
        <source>Ping timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Lines.cpp" line="352"/>
        <source>The pin is not in GPIO mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Lines.cpp" line="357"/>
        <source>The pin is not in output mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Lines.cpp" line="362"/>
        <source>There is no such connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizfi360DialectCatalog</name>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="25"/>
        <source>Tests AT startup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="26"/>
        <source>Restarts the module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="29"/>
        <source>Shows the AT version, the SDK version and the compile time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="33"/>
        <source>Enters deep-sleep mode for &lt;time&gt; milliseconds (1000-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="36"/>
        <source>Switches command echo off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="38"/>
        <source>Switches command echo on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="41"/>
        <source>Restores the station MAC address (type 0, default) or all settings (type 1) to factory defaults and restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="47"/>
        <source>Queries or sets the current UART configuration (not saved in flash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="52"/>
        <source>Queries or sets the default UART configuration (saved in flash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="56"/>
        <source>Queries or sets the sleep mode: 0 disabled, 1 light-sleep, 2 modem-sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="60"/>
        <source>Configures the working mode and pull-up of an IO pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="64"/>
        <source>Reads the working mode and pull-up of an IO pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="68"/>
        <source>Sets a GPIO pin to input (0) or output (1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="71"/>
        <source>Sets the output level of a GPIO pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="73"/>
        <source>Reads the direction and level of a GPIO pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="77"/>
        <source>Queries or sets the current Wi-Fi mode: 1 station, 2 SoftAP, 3 both (not saved in flash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="82"/>
        <source>Queries or sets the Wi-Fi mode saved in flash: 1 station, 2 SoftAP, 3 both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="87"/>
        <source>Connects to an access point, or shows the one connected to (not saved in flash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="92"/>
        <source>Connects to an access point and saves it in flash, or shows the one connected to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="97"/>
        <source>Sets the sort order and the fields shown by AT+CWLAP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="101"/>
        <source>Lists the available access points, optionally filtered by SSID, MAC and channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="106"/>
        <source>Disconnects from the access point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="109"/>
        <source>Queries or configures the SoftAP (not saved in flash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="114"/>
        <source>Queries or configures the SoftAP and saves it in flash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="118"/>
        <source>Lists the IP and MAC addresses of the stations connected to the SoftAP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="122"/>
        <source>Queries, enables or disables DHCP for the SoftAP and the station (not saved in flash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="127"/>
        <source>Queries, enables or disables DHCP for the SoftAP and the station, saved in flash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="133"/>
        <source>Queries or sets the address range the SoftAP&apos;s DHCP server hands out (not saved in flash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="139"/>
        <source>Queries or sets the address range the SoftAP&apos;s DHCP server hands out, saved in flash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="144"/>
        <source>Queries or sets whether the module connects to the saved access point at power-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="149"/>
        <source>Queries or sets the station MAC address (not saved in flash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="153"/>
        <source>Queries or sets the station MAC address, saved in flash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="157"/>
        <source>Queries the SoftAP MAC address; the manual says it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="161"/>
        <source>Queries the SoftAP MAC address saved in flash; the manual says it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="166"/>
        <source>Queries or sets the station&apos;s static IP address (not saved in flash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="170"/>
        <source>Queries or sets the station&apos;s static IP address, saved in flash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="174"/>
        <source>Queries or sets the SoftAP&apos;s IP address (not saved in flash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="178"/>
        <source>Queries or sets the SoftAP&apos;s IP address, saved in flash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="183"/>
        <source>Starts SmartConfig (the &lt;type&gt; form is firmware v1.0.x.x, the &lt;try count&gt; form v1.1.x.x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="188"/>
        <source>Stops SmartConfig or the provisioning web server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="192"/>
        <source>Starts (1) or stops (0) WPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="194"/>
        <source>Queries or sets the station&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="198"/>
        <source>Queries or sets the Wi-Fi country code and channels (not saved in flash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="204"/>
        <source>Queries or sets the Wi-Fi country code and channels, saved in flash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="208"/>
        <source>Starts the web server that sets the SSID and password to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="213"/>
        <source>Shows the connection status and the open connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="217"/>
        <source>Resolves a domain name to an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="224"/>
        <source>Opens a TCP, UDP or SSL connection (with &lt;link ID&gt; when AT+CIPMUX=1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="228"/>
        <source>Queries or sets the size of the SSL buffer (2048-4096).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="232"/>
        <source>Queries or sets how the SSL client verifies the server certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="236"/>
        <source>Shows, stores (1) or deletes (0) the CA certificate for SSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="242"/>
        <source>Sends &lt;length&gt; bytes after the &apos;&gt;&apos; prompt, or enters passthrough mode without parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="249"/>
        <source>Sends up to &lt;length&gt; bytes; a \0 in the data sends at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="253"/>
        <source>Writes data into the TCP send buffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="256"/>
        <source>Resets the segment ID count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="258"/>
        <source>Shows the status of the TCP send buffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="261"/>
        <source>Checks whether a segment written with AT+CIPSENDERBUF was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="265"/>
        <source>Closes a TCP, UDP or SSL connection (link ID 5 closes all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="269"/>
        <source>Shows the local IP and MAC addresses of the SoftAP and the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="273"/>
        <source>Queries or sets single (0) or multiple (1) connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="277"/>
        <source>Creates (1) or deletes (0) the TCP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="280"/>
        <source>Queries or sets the maximum number of clients the server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="284"/>
        <source>Queries or sets normal (0) or passthrough (1) transmission mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="290"/>
        <source>Saves a passthrough TCP or UDP link in flash to open at power-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="294"/>
        <source>Queries or sets the TCP server timeout in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="298"/>
        <source>Updates the firmware over Wi-Fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="300"/>
        <source>Pings an IP address or a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="303"/>
        <source>Queries or sets whether +IPD shows the remote IP and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="309"/>
        <source>Queries or sets the SNTP time zone and servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="312"/>
        <source>Shows the time obtained by SNTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="314"/>
        <source>Queries or sets user-defined DNS servers (not saved in flash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="318"/>
        <source>Queries or sets user-defined DNS servers, saved in flash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="323"/>
        <source>Queries or sets the MQTT user name, password, client ID and keep-alive time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="330"/>
        <source>Queries or sets the publish topic and up to three subscribe topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="336"/>
        <source>Connects to an MQTT broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="338"/>
        <source>Publishes a message to the topic set with AT+MQTTTOPIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="342"/>
        <source>Disconnects from the MQTT broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="344"/>
        <source>Sets the Azure IoT Hub name, device ID and device key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="348"/>
        <source>Connects to the Azure IoT Hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="350"/>
        <source>Shows, stores (1) or deletes (0) the device private key for AWS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="354"/>
        <source>Shows, stores (1) or deletes (0) the client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="358"/>
        <source>Connects to AWS IoT Core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="361"/>
        <source>Connects to an access point, ESP-AT form of AT+CWJAP_CUR (firmware, not in the manual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="366"/>
        <source>Writes data into the TCP send buffer, ESP8266 name of AT+CIPSENDERBUF found only in the manual&apos;s command list (firmware, not in the manual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="371"/>
        <source>Reads received data in passive receive mode (firmware, not in the manual).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>World</name>
    <message>
        <location filename="../core/sim/World.cpp" line="109"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="123"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="127"/>
        <source>the world must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="146"/>
        <source>module.stationMac and module.apMac must look like aa:bb:cc:dd:ee:ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="156"/>
        <source>%1.ssid must be 1 to 32 bytes of UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="159"/>
        <source>%1.bssid must look like aa:bb:cc:dd:ee:ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="162"/>
        <source>%1.channel must be 1 to 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="168"/>
        <source>%1.security must be open, wep, wpa, wpa2, wpa/wpa2, wpa3 or enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="173"/>
        <source>%1.passphrase is needed for a secured network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="184"/>
        <source>dhcp needs first, last, gateway and netmask as IPv4 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="189"/>
        <source>dhcp.dns holds IPv4 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="198"/>
        <source>dns.%1 must be an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="200"/>
        <source>dns.%1 must be a loopback address: the virtual module only reaches this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="215"/>
        <source>every gpio entry needs a pin number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="226"/>
        <source>every adc entry needs a channel number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="237"/>
        <source>adc signal must be constant, ramp, sine or noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="244"/>
        <source>adc bits must be 1 to 24 and fullScale positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atstudio-cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="15"/>
        <source>Usage: atstudio-cli &lt;command&gt; [options]

Commands:
  replay --module ID [--raw] FILE   frame a recorded session as JSON Lines
  simulate --module ID [--world FILE] [--link PATH] [--baud-pace BAUD]
           [--faults SPEC] [--uart-baud BAUD]
                                    serve a virtual module on a pseudo-terminal
  detect --port PATH [--bauds LIST] find baud rate, module, model and firmware

Run &apos;atstudio-cli &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="65"/>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="29"/>
        <source>Configure and monitor AT-command WiFi modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="34"/>
        <source>Serial port, device path or host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="37"/>
        <source>Baud rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="40"/>
        <source>Module dialect id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>Connect to the virtual module of this dialect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <source>Text size factor (1.6 reads well on a projector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>Milliseconds to wait before the screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="60"/>
        <source>Language: en, %1 (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="77"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
