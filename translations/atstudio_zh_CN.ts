<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionStatus</name>
    <message>
        <location filename="../ui/panels/PanelSupport.cpp" line="55"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
</context>
<context>
    <name>AdcModel</name>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="156"/>
        <location filename="../core/models/GpioModels.cpp" line="158"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="158"/>
        <source>%1 V</source>
        <translation>%1 V</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="169"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="171"/>
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="173"/>
        <source>Voltage</source>
        <translation>电压</translation>
    </message>
</context>
<context>
    <name>AdcPlot</name>
    <message>
        <location filename="../ui/panels/AdcPlot.cpp" line="38"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/panels/AdcPlot.cpp" line="39"/>
        <source>Volts</source>
        <translation>电压（V）</translation>
    </message>
</context>
<context>
    <name>Air602Dialect</name>
    <message>
        <location filename="../core/dialects/air602/Air602Detect.cpp" line="43"/>
        <source>W600 module</source>
        <translation>W600 模块</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Dialect.cpp" line="163"/>
        <source>Luat Air602 (WinnerMicro W600)</source>
        <translation>Luat Air602（联盛德 W600）</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Dialect.cpp" line="351"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="15"/>
        <source>Invalid command format</source>
        <translation>命令格式无效</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="16"/>
        <source>Command not supported</source>
        <translation>不支持该命令</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="17"/>
        <source>Invalid operator</source>
        <translation>操作符无效</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="18"/>
        <source>Invalid parameter</source>
        <translation>参数无效</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="19"/>
        <source>Operation not allowed</source>
        <translation>不允许该操作</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="20"/>
        <source>Not enough memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="21"/>
        <source>Flash error</source>
        <translation>Flash 错误</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="22"/>
        <source>System busy</source>
        <translation>系统忙</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="23"/>
        <source>Joining the network failed</source>
        <translation>加入网络失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="24"/>
        <source>No socket available</source>
        <translation>无可用套接字</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="25"/>
        <source>Invalid socket</source>
        <translation>套接字无效</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="26"/>
        <source>Socket connection failed</source>
        <translation>套接字连接失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="27"/>
        <source>Socket failed to send</source>
        <translation>套接字发送失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="28"/>
        <source>Socket reception failed</source>
        <translation>套接字接收失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="29"/>
        <source>Undefined error</source>
        <translation>未定义的错误</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="34"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="35"/>
        <source>Out of memory</source>
        <translation>内存耗尽</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="36"/>
        <source>Buffer error</source>
        <translation>缓冲区错误</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="37"/>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="38"/>
        <source>Routing problem</source>
        <translation>路由问题</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="39"/>
        <source>Operation in progress</source>
        <translation>操作正在进行</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="40"/>
        <source>Illegal value</source>
        <translation>非法值</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="41"/>
        <source>Operation would block</source>
        <translation>操作将会阻塞</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="42"/>
        <source>Address in use</source>
        <translation>地址已被占用</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="43"/>
        <source>Already connecting</source>
        <translation>正在连接中</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="44"/>
        <source>Connection already established</source>
        <translation>连接已建立</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="45"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="46"/>
        <source>Low-level network interface error</source>
        <translation>底层网络接口错误</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="47"/>
        <source>Connection aborted</source>
        <translation>连接已中止</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="48"/>
        <source>Connection reset</source>
        <translation>连接已重置</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="49"/>
        <source>Connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="50"/>
        <source>Illegal argument</source>
        <translation>非法参数</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="59"/>
        <source>Unknown error %1</source>
        <translation>未知错误 %1</translation>
    </message>
</context>
<context>
    <name>Air602DialectCatalog</name>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="27"/>
        <source>Null operation: checks that the module answers.</source>
        <translation>空操作：检查模块是否应答。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="29"/>
        <source>Resets the module.</source>
        <translation>复位模块。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="31"/>
        <source>Toggles the echo of commands on or off.</source>
        <translation>打开或关闭命令回显。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="33"/>
        <source>Switches the serial port to transparent transmission mode.</source>
        <translation>将串口切换到透传模式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="37"/>
        <source>Enters an energy-saving mode: Wi-Fi off, standby or sleep.</source>
        <translation>进入节能模式：关闭 Wi-Fi、待机或睡眠。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="41"/>
        <source>Restores the factory settings; they take effect after a restart.</source>
        <translation>恢复出厂设置，重启后生效。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="45"/>
        <source>Saves the parameters in RAM to flash.</source>
        <translation>将 RAM 中的参数保存到 Flash。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="47"/>
        <source>Shows the MAC address in station mode.</source>
        <translation>显示 Station 模式下的 MAC 地址。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="49"/>
        <source>Shows the MAC address in SoftAP mode.</source>
        <translation>显示 SoftAP 模式下的 MAC 地址。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="50"/>
        <source>Shows the firmware version.</source>
        <translation>显示固件版本。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="54"/>
        <source>Sets or queries the network type: 0 station, 1 ad-hoc, 2 SoftAP, 3 APSTA.</source>
        <translation>设置或查询网络类型：0 Station，1 Ad-hoc，2 SoftAP，3 APSTA。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="59"/>
        <source>Sets or queries DHCP (0) or the static IP configuration (1) in station mode.</source>
        <translation>设置或查询 Station 模式下使用 DHCP (0) 还是静态 IP 配置 (1)。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="64"/>
        <source>Sets or queries the IP configuration and DHCP server in SoftAP mode.</source>
        <translation>设置或查询 SoftAP 模式下的 IP 配置和 DHCP 服务器。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="68"/>
        <source>Sets or queries the module&apos;s local domain name (SoftAP mode).</source>
        <translation>设置或查询模块的本地域名（SoftAP 模式）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="72"/>
        <source>Sets or queries the operating mode: 0 automatic, 1 command.</source>
        <translation>设置或查询工作模式：0 自动，1 命令。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="76"/>
        <source>Sets or queries the socket created automatically in automatic mode.</source>
        <translation>设置或查询自动模式下自动创建的套接字。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="80"/>
        <source>Sets or queries the SSID to join in station mode.</source>
        <translation>设置或查询 Station 模式下要加入的 SSID。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="83"/>
        <source>Sets or queries the SoftAP SSID.</source>
        <translation>设置或查询 SoftAP 的 SSID。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="85"/>
        <source>Sets or queries the security mode in station mode.</source>
        <translation>设置或查询 Station 模式下的安全模式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="89"/>
        <source>Sets or queries the SoftAP security mode.</source>
        <translation>设置或查询 SoftAP 的安全模式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="92"/>
        <source>Sets or queries the network key in station mode.</source>
        <translation>设置或查询 Station 模式下的网络密钥。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="95"/>
        <source>Sets or queries the SoftAP network key.</source>
        <translation>设置或查询 SoftAP 的网络密钥。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="97"/>
        <source>Sets or queries the BSSID of the access point to join.</source>
        <translation>设置或查询要加入的接入点的 BSSID。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="101"/>
        <source>Sets or queries the channel mode in station mode.</source>
        <translation>设置或查询 Station 模式下的信道模式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="104"/>
        <source>Sets or queries the SoftAP channel.</source>
        <translation>设置或查询 SoftAP 的信道。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="106"/>
        <source>Sets or queries the list of allowed channels (a hex bit mask).</source>
        <translation>设置或查询允许的信道列表（十六进制位掩码）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="110"/>
        <source>Enables or queries the automatic creation of an ad-hoc network.</source>
        <translation>启用或查询自动创建 Ad-hoc 网络。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="114"/>
        <source>Turns automatic Wi-Fi energy saving on or off, or queries it.</source>
        <translation>打开、关闭或查询 Wi-Fi 自动节能。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="118"/>
        <source>Enables, disables or queries the SoftAP SSID broadcast.</source>
        <translation>启用、禁用或查询 SoftAP 的 SSID 广播。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="122"/>
        <source>Sets or queries the UART data format.</source>
        <translation>设置或查询 UART 数据格式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="124"/>
        <source>Enables, disables or queries the built-in web management server.</source>
        <translation>启用、禁用或查询内置 Web 管理服务器。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="128"/>
        <source>Sets or queries the device name.</source>
        <translation>设置或查询设备名称。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="130"/>
        <source>Sets or queries the system login password (6 characters).</source>
        <translation>设置或查询系统登录密码（6 个字符）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="134"/>
        <source>Shows the user data received during one-click configuration.</source>
        <translation>显示一键配网期间收到的用户数据。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="138"/>
        <source>Shows the configured network join parameters.</source>
        <translation>显示已配置的入网参数。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="142"/>
        <source>Sets or queries the host interface mode (UART, high-speed UART, SPI, SDIO).</source>
        <translation>设置或查询主机接口模式（UART、高速 UART、SPI、SDIO）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="147"/>
        <source>Resolves a domain name to an IP address.</source>
        <translation>将域名解析为 IP 地址。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="150"/>
        <source>Gets or sets the WPS PIN, or starts WPS by PIN or push button.</source>
        <translation>获取或设置 WPS PIN 码，或以 PIN 码或按键方式启动 WPS。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="154"/>
        <source>Joins or creates the configured network (station, SoftAP or ad-hoc).</source>
        <translation>加入或创建已配置的网络（Station、SoftAP 或 Ad-hoc）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="158"/>
        <source>Disconnects from the current network.</source>
        <translation>断开当前网络。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="160"/>
        <source>Scans for wireless networks.</source>
        <translation>扫描无线网络。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="162"/>
        <source>Shows the station&apos;s connection status and IP configuration.</source>
        <translation>显示 Station 的连接状态和 IP 配置。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="166"/>
        <source>Shows the SoftAP&apos;s status and IP configuration.</source>
        <translation>显示 SoftAP 的状态和 IP 配置。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="169"/>
        <source>Lists the stations connected to the SoftAP.</source>
        <translation>列出连接到 SoftAP 的站点。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="172"/>
        <source>Creates a TCP or UDP client or server socket.</source>
        <translation>创建 TCP 或 UDP 客户端或服务器套接字。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="175"/>
        <source>Sends &lt;size&gt; bytes of binary data through a socket.</source>
        <translation>通过套接字发送 &lt;size&gt; 字节的二进制数据。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="179"/>
        <source>Reads up to &lt;maxsize&gt; bytes from a socket&apos;s receive buffer.</source>
        <translation>从套接字接收缓冲区读取最多 &lt;maxsize&gt; 字节。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="183"/>
        <source>Shows the state of a socket and of its accepted clients.</source>
        <translation>显示套接字及其已接受客户端的状态。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="186"/>
        <source>Closes a socket.</source>
        <translation>关闭套接字。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="189"/>
        <source>Sets the default socket used by transparent mode.</source>
        <translation>设置透传模式使用的默认套接字。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="192"/>
        <source>Shows the source IP address of the last received data.</source>
        <translation>显示最近收到的数据的源 IP 地址。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="196"/>
        <source>Turns the active report of received socket data on (1) or off (0).</source>
        <translation>打开 (1) 或关闭 (0) 套接字接收数据的主动上报。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="200"/>
        <source>Starts (1) or stops (0) one-click configuration.</source>
        <translation>启动 (1) 或停止 (0) 一键配网。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="203"/>
        <source>Sends an HTTP GET or POST request.</source>
        <translation>发送 HTTP GET 或 POST 请求。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="206"/>
        <source>Sets the MQTT broker&apos;s port and IP address.</source>
        <translation>设置 MQTT 代理服务器的端口和 IP 地址。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="209"/>
        <source>Sets the MQTT user name and password.</source>
        <translation>设置 MQTT 用户名和密码。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="211"/>
        <source>Sets the MQTT client ID.</source>
        <translation>设置 MQTT 客户端 ID。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="213"/>
        <source>Connects to the MQTT broker.</source>
        <translation>连接到 MQTT 代理服务器。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="215"/>
        <source>Subscribes to an MQTT topic.</source>
        <translation>订阅 MQTT 主题。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="217"/>
        <source>Publishes a message to an MQTT topic.</source>
        <translation>向 MQTT 主题发布消息。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="219"/>
        <source>Disconnects from the MQTT broker.</source>
        <translation>断开与 MQTT 代理服务器的连接。</translation>
    </message>
</context>
<context>
    <name>Air602MqttCommands</name>
    <message>
        <location filename="../core/dialects/air602/Air602MqttCommands.cpp" line="75"/>
        <source>Subscribing to &quot;%1&quot; failed: %2</source>
        <translation>订阅“%1”失败：%2</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602MqttCommands.cpp" line="95"/>
        <source>The Air602 MQTT client has no TLS option.</source>
        <translation>Air602 MQTT 客户端没有 TLS 选项。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602MqttCommands.cpp" line="97"/>
        <source>The Air602 needs a client ID.</source>
        <translation>Air602 需要客户端 ID。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602MqttCommands.cpp" line="101"/>
        <source>The Air602 cannot send a host, client ID, user name or password with a comma, a double quote or a line break.</source>
        <translation>Air602 无法发送包含逗号、双引号或换行符的主机名、客户端 ID、用户名或密码。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602MqttCommands.cpp" line="104"/>
        <source>The broker&apos;s host is empty.</source>
        <translation>代理服务器主机为空。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602MqttCommands.cpp" line="122"/>
        <source>The module could not resolve the broker&apos;s name.</source>
        <translation>模块无法解析代理服务器的主机名。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602MqttCommands.cpp" line="165"/>
        <source>The Air602 has no unsubscribe command: disconnect, and connect again without the topic.</source>
        <translation>Air602 没有取消订阅命令：请断开连接，然后不带该主题重新连接。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602MqttCommands.cpp" line="178"/>
        <source>The Air602 sends the message inside a command line: it cannot hold a line break.</source>
        <translation>Air602 在命令行中发送消息：消息不能包含换行符。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602MqttCommands.cpp" line="181"/>
        <source>QoS is 0, 1 or 2.</source>
        <translation>QoS 应为 0、1 或 2。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602MqttCommands.cpp" line="185"/>
        <source>Publishing to &quot;%1&quot; failed: %2</source>
        <translation>发布到“%1”失败：%2</translation>
    </message>
</context>
<context>
    <name>Air602SocketCommands</name>
    <message>
        <location filename="../core/dialects/air602/Air602SocketCommands.cpp" line="48"/>
        <source>The host name cannot hold commas, quotes or spaces.</source>
        <translation>主机名不能包含逗号、引号或空格。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602SocketCommands.cpp" line="52"/>
        <source>The Air602 AT firmware has no TLS sockets.</source>
        <translation>Air602 AT 固件不支持 TLS 套接字。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602SocketCommands.cpp" line="55"/>
        <source>A TCP client needs the peer&apos;s host.</source>
        <translation>TCP 客户端需要对端主机。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602SocketCommands.cpp" line="91"/>
        <source>Nothing to send.</source>
        <translation>没有要发送的数据。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602SocketCommands.cpp" line="97"/>
        <source>The module took only %1 of %2 bytes.</source>
        <translation>模块只接收了 %2 字节中的 %1 字节。</translation>
    </message>
</context>
<context>
    <name>Air602WifiCommands</name>
    <message>
        <location filename="../core/dialects/air602/Air602WifiCommands.cpp" line="116"/>
        <source>The Air602 cannot take a key with a comma or a double quote: its command parser splits parameters at every comma.</source>
        <translation>Air602 无法使用包含逗号或双引号的密钥：其命令解析器会在每个逗号处分割参数。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602WifiCommands.cpp" line="140"/>
        <source>Encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602WifiCommands.cpp" line="158"/>
        <source>A BSSID is six bytes in hex (12 digits).</source>
        <translation>BSSID 为六个十六进制字节（12 位数字）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602WifiCommands.cpp" line="167"/>
        <source>Static addressing needs an IPv4 address, netmask, gateway and DNS server.</source>
        <translation>静态地址需要 IPv4 地址、子网掩码、网关和 DNS 服务器。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602WifiCommands.cpp" line="207"/>
        <source>The Air602 soft AP runs on channels 1 to 14.</source>
        <translation>Air602 的 SoftAP 使用信道 1 到 14。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602WifiCommands.cpp" line="209"/>
        <source>The soft AP needs an IPv4 address and netmask.</source>
        <translation>SoftAP 需要 IPv4 地址和子网掩码。</translation>
    </message>
</context>
<context>
    <name>AtSession</name>
    <message>
        <location filename="../core/engine/AtSession.cpp" line="41"/>
        <source>The session was closed.</source>
        <translation>会话已关闭。</translation>
    </message>
    <message>
        <location filename="../core/engine/AtSession.cpp" line="180"/>
        <source>Not connected to a module.</source>
        <translation>未连接到模块。</translation>
    </message>
    <message>
        <location filename="../core/engine/AtSession.cpp" line="279"/>
        <source>%1 (error %2)</source>
        <translation>%1（错误 %2）</translation>
    </message>
    <message>
        <location filename="../core/engine/AtSession.cpp" line="322"/>
        <source>The module restarted while %1 was running.</source>
        <translation>运行 %1 时模块重启了。</translation>
    </message>
    <message>
        <location filename="../core/engine/AtSession.cpp" line="344"/>
        <source>The module stayed busy after %1 retries (%2).</source>
        <translation>重试 %1 次后模块仍然忙（%2）。</translation>
    </message>
    <message>
        <location filename="../core/engine/AtSession.cpp" line="360"/>
        <source>No answer to %1 within %2 ms.</source>
        <translation>%1 在 %2 ms 内无应答。</translation>
    </message>
</context>
<context>
    <name>AutoDetector</name>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="131"/>
        <source>Detection cancelled.</source>
        <translation>检测已取消。</translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="163"/>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="189"/>
        <source>%1 does not accept %2 baud</source>
        <translation>%1 不支持 %2 波特率</translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="193"/>
        <source>Trying %1 baud</source>
        <translation>正在尝试 %1 波特率</translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="243"/>
        <source>%1 baud: &quot;%2&quot; looks like %3; asking for its identity</source>
        <translation>%1 波特率：“%2”疑似 %3，正在查询其标识</translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="312"/>
        <source>Nothing answered on %1 at %2 baud. Check the power, the wiring (the module&apos;s TX to the adapter&apos;s RX and back) and that no other program uses the port.</source>
        <translation>%1 在 %2 波特率下无任何应答。请检查电源、接线（模块 TX 接适配器 RX，反之亦然），并确认没有其他程序占用该端口。</translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="315"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="336"/>
        <source>%1, firmware %2</source>
        <translation>%1，固件 %2</translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="337"/>
        <source>Found %1 at %2 baud (%3 confidence).</source>
        <translation>在 %2 波特率下发现 %1（置信度：%3）。</translation>
    </message>
</context>
<context>
    <name>ByteView</name>
    <message>
        <location filename="../ui/panels/ByteView.cpp" line="35"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../ui/panels/ByteView.cpp" line="43"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>CapabilityService</name>
    <message>
        <location filename="../core/services/CapabilityService.cpp" line="23"/>
        <source>%1: done.</source>
        <translation>%1：完成。</translation>
    </message>
    <message>
        <location filename="../core/services/CapabilityService.cpp" line="61"/>
        <source>The connection closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <location filename="../core/services/CapabilityService.cpp" line="76"/>
        <source>Connect to a module first.</source>
        <translation>请先连接模块。</translation>
    </message>
</context>
<context>
    <name>CommandCompleter</name>
    <message>
        <location filename="../ui/terminal/CommandCompleter.cpp" line="59"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>CommandInput</name>
    <message>
        <location filename="../ui/terminal/CommandInput.cpp" line="14"/>
        <source>Type an AT command and press Enter (Up and Down: history)</source>
        <translation>输入 AT 命令后按 Enter 键（上下方向键：历史记录）</translation>
    </message>
</context>
<context>
    <name>CommandSequence</name>
    <message>
        <location filename="../core/services/CommandSequence.cpp" line="15"/>
        <source>%1 (code %2)</source>
        <translation>%1（代码 %2）</translation>
    </message>
    <message>
        <location filename="../core/services/CommandSequence.cpp" line="27"/>
        <source>%1: no &quot;%2&quot; from the module within %3 s.</source>
        <translation>%1：模块在 %3 秒内未返回“%2”。</translation>
    </message>
    <message>
        <location filename="../core/services/CommandSequence.cpp" line="89"/>
        <source>%1: the module is not connected.</source>
        <translation>%1：模块未连接。</translation>
    </message>
    <message>
        <location filename="../core/services/CommandSequence.cpp" line="107"/>
        <location filename="../core/services/CommandSequence.cpp" line="120"/>
        <location filename="../core/services/CommandSequence.cpp" line="162"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="47"/>
        <location filename="../ui/ConnectionBar.cpp" line="302"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="48"/>
        <location filename="../ui/ConnectionBar.cpp" line="294"/>
        <source>Detect</source>
        <translation>检测</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="60"/>
        <source>A serial port, a device path such as /dev/pts/3, a network serial server as host:port, or the virtual module</source>
        <translation>串口、设备路径（如 /dev/pts/3）、以 host:port 表示的网络串口服务器，或虚拟模块</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="62"/>
        <source>port, /dev/path or host:port</source>
        <translation>端口、/dev/路径 或 host:port</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="68"/>
        <source>Baud rate: pick one or type any rate</source>
        <translation>波特率：可从列表选择，也可输入任意值</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="74"/>
        <source>The module family: it decides how commands are written and replies read</source>
        <translation>模块系列：决定命令的写法和应答的解析方式</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="75"/>
        <source>Data bits, parity, stop bits, flow control, DTR and RTS</source>
        <translation>数据位、校验位、停止位、流控、DTR 和 RTS</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="80"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="82"/>
        <source>Baud</source>
        <translation>波特率</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="85"/>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="89"/>
        <source>Find the baud rate and the module family on the chosen serial port</source>
        <translation>在所选串口上检测波特率和模块系列</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="136"/>
        <source>Data bits</source>
        <translation>数据位</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="142"/>
        <source>Parity</source>
        <translation>校验位</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="143"/>
        <location filename="../ui/ConnectionBar.cpp" line="155"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="144"/>
        <source>Even</source>
        <translation>偶校验</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="145"/>
        <source>Odd</source>
        <translation>奇校验</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="146"/>
        <source>Mark</source>
        <translation>Mark 校验</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="147"/>
        <source>Space</source>
        <translation>Space 校验</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="149"/>
        <source>Stop bits</source>
        <translation>停止位</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="154"/>
        <source>Flow control</source>
        <translation>流控</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="156"/>
        <source>RTS/CTS (hardware)</source>
        <translation>RTS/CTS（硬件）</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="157"/>
        <source>XON/XOFF (software)</source>
        <translation>XON/XOFF（软件）</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="160"/>
        <source>DTR asserted</source>
        <translation>DTR 有效</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="164"/>
        <source>RTS asserted</source>
        <translation>RTS 有效</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="180"/>
        <source> RTS/CTS</source>
        <translation> RTS/CTS</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="182"/>
        <source> XON/XOFF</source>
        <translation> XON/XOFF</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="201"/>
        <source>Virtual module (no hardware)</source>
        <translation>虚拟模块（无需硬件）</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="243"/>
        <source>Choose a serial port, type a device path or host:port, or pick the virtual module.</source>
        <translation>请选择串口，输入设备路径或 host:port，或选择虚拟模块。</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="253"/>
        <source>The baud rate must be a positive whole number.</source>
        <translation>波特率必须是正整数。</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="294"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="302"/>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../ui/DashboardView.cpp" line="44"/>
        <source>excellent</source>
        <translation>极好</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="46"/>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="48"/>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="50"/>
        <source>weak</source>
        <translation>较弱</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="52"/>
        <source>very weak</source>
        <translation>很弱</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="136"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="137"/>
        <source>Read every field from the module now.</source>
        <translation>立即从模块读取所有字段。</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="140"/>
        <location filename="../ui/DashboardView.cpp" line="436"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="140"/>
        <source>Every %1 s</source>
        <translation>每 %1 秒</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="141"/>
        <source>Read the module again periodically. Each reading sends the status commands, which the terminal shows. Leave it off while a socket is in data (transparent) mode: the commands would reach the peer.</source>
        <translation>定期重新读取模块。每次读取都会发送状态查询命令，并显示在终端中。套接字处于数据（透传）模式时请保持关闭，否则这些命令会被发送到对端。</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="144"/>
        <source>Auto-&amp;refresh:</source>
        <translation>自动刷新(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="146"/>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="148"/>
        <source>Large, high-contrast type with the main fields, for a projector (Esc leaves it).</source>
        <translation>以大号高对比度字体显示主要字段，适用于投影仪（按 Esc 退出）。</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="216"/>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="219"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="222"/>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="363"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="365"/>
        <source>No module connected</source>
        <translation>未连接模块</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="369"/>
        <source>Connection lost, waiting for the module…</source>
        <translation>连接已断开，正在等待模块…</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="372"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="374"/>
        <source>Read at %1</source>
        <translation>读取于 %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="393"/>
        <source>AP running</source>
        <translation>AP 运行中</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="393"/>
        <location filename="../ui/DashboardView.cpp" line="454"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="395"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="397"/>
        <source>AP stopped</source>
        <translation>AP 已停止</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="397"/>
        <location filename="../ui/DashboardView.cpp" line="454"/>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="417"/>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="417"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="421"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="423"/>
        <source>no address</source>
        <translation>无地址</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="425"/>
        <source>no signal</source>
        <translation>无信号</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="427"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="438"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="440"/>
        <source>Soft AP</source>
        <translation>SoftAP</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="442"/>
        <source>Station + soft AP</source>
        <translation>Station + SoftAP</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="444"/>
        <source>Ad hoc</source>
        <translation>Ad-hoc</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="450"/>
        <source>%1 dBm (%2)</source>
        <translation>%1 dBm（%2）</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="469"/>
        <source>the module</source>
        <translation>该模块</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="473"/>
        <source>Not available on this module: no AT command of the %1 reads it.</source>
        <translation>此模块不支持：%1 没有可读取该项的 AT 命令。</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="475"/>
        <source>Follows the module&apos;s messages when it sends them.</source>
        <translation>模块发送消息时随之更新。</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="478"/>
        <source>AT command: %1</source>
        <translation>AT 命令：%1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="482"/>
        <source>Last update %1, from %2</source>
        <translation>最后更新于 %1，来源：%2</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="485"/>
        <source>Unknown: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="555"/>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
</context>
<context>
    <name>DialectCapabilities</name>
    <message>
        <location filename="../core/dialects/Dialect.cpp" line="39"/>
        <source>This module family&apos;s capabilities are not described.</source>
        <translation>未描述此模块系列的功能。</translation>
    </message>
    <message>
        <location filename="../core/dialects/Dialect.cpp" line="46"/>
        <source>How settings are saved is not described.</source>
        <translation>未描述设置的保存方式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Capabilities.cpp" line="18"/>
        <source>The Air602 AT firmware has no TLS sockets.</source>
        <translation>Air602 AT 固件不支持 TLS 套接字。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Capabilities.cpp" line="23"/>
        <source>The Air602 MQTT client has no TLS option.</source>
        <translation>Air602 MQTT 客户端没有 TLS 选项。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Capabilities.cpp" line="26"/>
        <source>The Air602 AT manual has no GPIO commands.</source>
        <translation>Air602 AT 手册中没有 GPIO 命令。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Capabilities.cpp" line="28"/>
        <source>The Air602 AT manual has no ADC command.</source>
        <translation>Air602 AT 手册中没有 ADC 命令。</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Capabilities.cpp" line="40"/>
        <source>A setting given with &quot;=&quot; lasts until restart; &quot;=!&quot; also writes it to flash, and AT+PMTF saves all current settings.</source>
        <translation>用“=”设置的参数在重启前有效；“=!”会同时写入闪存，AT+PMTF 保存当前全部设置。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Capabilities.cpp" line="20"/>
        <source>The PIC32MZW1 AnyCloud firmware has no transparent (pass-through) mode.</source>
        <translation>PIC32MZW1 AnyCloud 固件没有透传模式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Capabilities.cpp" line="26"/>
        <source>The PIC32MZW1 AnyCloud firmware has no GPIO commands.</source>
        <translation>PIC32MZW1 AnyCloud 固件没有 GPIO 命令。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Capabilities.cpp" line="28"/>
        <source>The PIC32MZW1 AnyCloud firmware has no ADC commands.</source>
        <translation>PIC32MZW1 AnyCloud 固件没有 ADC 命令。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Capabilities.cpp" line="39"/>
        <source>The manual documents no way to save settings; they are lost at restart.</source>
        <translation>手册未说明保存设置的方法；重启后设置会丢失。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Capabilities.cpp" line="20"/>
        <location filename="../core/dialects/wizfi250/Wizfi250Capabilities.cpp" line="22"/>
        <source>The WizFi250 programmer&apos;s guide has no MQTT commands.</source>
        <translation>WizFi250 编程指南中没有 MQTT 命令。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Capabilities.cpp" line="26"/>
        <source>The WizFi250 programmer&apos;s guide has no ADC command.</source>
        <translation>WizFi250 编程指南中没有 ADC 命令。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Capabilities.cpp" line="38"/>
        <location filename="../core/dialects/wizfi310/Wizfi310Capabilities.cpp" line="32"/>
        <source>Settings take effect at once and survive a restart only after the profile is saved with AT+MPROF=S.</source>
        <translation>设置立即生效，只有用 AT+MPROF=S 保存配置文件后才能在重启后保留。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Capabilities.cpp" line="21"/>
        <source>The WizFi360 MQTT client has no TLS option.</source>
        <translation>WizFi360 MQTT 客户端没有 TLS 选项。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Capabilities.cpp" line="25"/>
        <source>The WizFi360 instruction set has no ADC command.</source>
        <translation>WizFi360 指令集中没有 ADC 命令。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Capabilities.cpp" line="37"/>
        <source>Commands ending in _CUR change the running settings only; the _DEF forms also save them to flash.</source>
        <translation>以 _CUR 结尾的命令只修改当前运行的设置；_DEF 形式还会保存到闪存。</translation>
    </message>
</context>
<context>
    <name>FaultPlan</name>
    <message>
        <location filename="../core/sim/FaultPlan.cpp" line="42"/>
        <source>fault &quot;%1&quot;: %2</source>
        <translation>故障“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/sim/FaultPlan.cpp" line="46"/>
        <source>expects a probability from 0 to 1</source>
        <translation>应为 0 到 1 之间的概率</translation>
    </message>
    <message>
        <location filename="../core/sim/FaultPlan.cpp" line="48"/>
        <source>expects a duration such as 30s or 500ms</source>
        <translation>应为时长，例如 30s 或 500ms</translation>
    </message>
    <message>
        <location filename="../core/sim/FaultPlan.cpp" line="69"/>
        <source>expects 0 or 1</source>
        <translation>应为 0 或 1</translation>
    </message>
    <message>
        <location filename="../core/sim/FaultPlan.cpp" line="76"/>
        <source>expects a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <location filename="../core/sim/FaultPlan.cpp" line="78"/>
        <source>unknown; known faults are noise, reset, drop-final, busy, split, unplug and seed</source>
        <translation>未知；可用的故障有 noise、reset、drop-final、busy、split、unplug 和 seed</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="16"/>
        <source>Find in the terminal</source>
        <translation>在终端中查找</translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="19"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="20"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>上一个匹配项（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="21"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="22"/>
        <source>Next match (Enter, F3)</source>
        <translation>下一个匹配项（Enter、F3）</translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="24"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="25"/>
        <source>Close the find bar (Escape)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="28"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="61"/>
        <source>no match</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="63"/>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="65"/>
        <source>matches: %1</source>
        <translation>匹配项：%1</translation>
    </message>
</context>
<context>
    <name>FormChecks</name>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="36"/>
        <source>Enter the network name (SSID).</source>
        <translation>请输入网络名称（SSID）。</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="39"/>
        <source>An SSID is at most %1 bytes; this one is %2 (UTF-8).</source>
        <translation>SSID 最长 %1 字节；当前为 %2 字节（UTF-8）。</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="46"/>
        <source>Enter an IPv4 address, e.g. 192.168.1.20.</source>
        <translation>请输入 IPv4 地址，例如 192.168.1.20。</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="49"/>
        <source>Not an IPv4 address (four numbers 0-255 separated by dots).</source>
        <translation>不是有效的 IPv4 地址（应为以点分隔的四个 0-255 的数字）。</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="57"/>
        <source>Not a netmask (four numbers 0-255 separated by dots).</source>
        <translation>不是有效的子网掩码（应为以点分隔的四个 0-255 的数字）。</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="60"/>
        <source>A netmask is a run of 1 bits then 0 bits, e.g. 255.255.255.0.</source>
        <translation>子网掩码应由连续的 1 位后接连续的 0 位组成，例如 255.255.255.0。</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="69"/>
        <source>A port is a number from 1 to 65535.</source>
        <translation>端口应为 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="77"/>
        <source>Enter a host name or an IPv4 address.</source>
        <translation>请输入主机名或 IPv4 地址。</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="85"/>
        <source>Not a host name or an IPv4 address.</source>
        <translation>不是有效的主机名或 IPv4 地址。</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="92"/>
        <source>Enter a topic.</source>
        <translation>请输入主题。</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="95"/>
        <source>This module takes topics of at most %1 bytes; this one is %2.</source>
        <translation>此模块的主题最长 %1 字节；当前为 %2 字节。</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="99"/>
        <source>A topic to publish to cannot contain the wildcards + or #.</source>
        <translation>发布主题不能包含通配符 + 或 #。</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="105"/>
        <source># stands alone as the last level of a topic filter.</source>
        <translation># 只能单独作为主题过滤器的最后一级。</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="107"/>
        <source>+ stands alone for one whole level of a topic filter.</source>
        <translation>+ 必须单独占据主题过滤器的一整级。</translation>
    </message>
</context>
<context>
    <name>GpioCommands</name>
    <message>
        <location filename="../core/dialects/commands/GpioCommands.cpp" line="8"/>
        <source>This module has no ADC command.</source>
        <translation>此模块没有 ADC 命令。</translation>
    </message>
</context>
<context>
    <name>GpioPanel</name>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="74"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="74"/>
        <source>Every %1 s</source>
        <translation>每 %1 秒</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="75"/>
        <source>Read every input pin and ADC channel periodically.</source>
        <translation>定期读取所有输入引脚和 ADC 通道。</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="76"/>
        <source>Read all now</source>
        <translation>立即全部读取</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="78"/>
        <source>Read every input pin and ADC channel once.</source>
        <translation>读取一次所有输入引脚和 ADC 通道。</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="80"/>
        <source>Periodic read:</source>
        <translation>定期读取：</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="133"/>
        <source>Pins</source>
        <translation>引脚</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="147"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="158"/>
        <location filename="../ui/panels/GpioPanel.cpp" line="191"/>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="160"/>
        <source>Read the selected pin&apos;s level from the module.</source>
        <translation>从模块读取所选引脚的电平。</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="172"/>
        <source>Selected:</source>
        <translation>当前选择：</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="173"/>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="174"/>
        <source>Level:</source>
        <translation>电平：</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="183"/>
        <source>Analog inputs (ADC)</source>
        <translation>模拟输入（ADC）</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="193"/>
        <source>Read the selected channel, or every channel when none is selected.</source>
        <translation>读取所选通道；未选择时读取所有通道。</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="224"/>
        <source>Connect to a module first.</source>
        <translation>请先连接模块。</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="228"/>
        <source>The GPIO commands of this module are not supported yet.</source>
        <translation>暂不支持此模块的 GPIO 命令。</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="261"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="264"/>
        <location filename="../ui/panels/GpioPanel.cpp" line="290"/>
        <source>Low</source>
        <translation>低电平</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="273"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="275"/>
        <source>Input, pull-up</source>
        <translation>输入，上拉</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="277"/>
        <source>Input, pull-down</source>
        <translation>输入，下拉</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="280"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="287"/>
        <source>Drive the output high or low.</source>
        <translation>将输出驱动为高电平或低电平。</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="288"/>
        <source>Set the pin as an output to drive its level.</source>
        <translation>将引脚设为输出以驱动其电平。</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="290"/>
        <source>High</source>
        <translation>高电平</translation>
    </message>
</context>
<context>
    <name>GpioPinsModel</name>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="63"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="65"/>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="69"/>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="71"/>
        <source>input, pull-up</source>
        <translation>输入，上拉</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="73"/>
        <source>input, pull-down</source>
        <translation>输入，下拉</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="78"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="78"/>
        <source>high</source>
        <translation>高电平</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="78"/>
        <source>low</source>
        <translation>低电平</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="89"/>
        <source>Pin</source>
        <translation>引脚</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="91"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="93"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="95"/>
        <source>Level</source>
        <translation>电平</translation>
    </message>
</context>
<context>
    <name>GpioService</name>
    <message>
        <location filename="../core/services/GpioService.cpp" line="48"/>
        <source>Set GPIO %1 as output</source>
        <translation>将 GPIO %1 设为输出</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="48"/>
        <source>Set GPIO %1 as input</source>
        <translation>将 GPIO %1 设为输入</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="70"/>
        <source>Set GPIO %1 high</source>
        <translation>将 GPIO %1 设为高电平</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="70"/>
        <source>Set GPIO %1 low</source>
        <translation>将 GPIO %1 设为低电平</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="82"/>
        <source>Read GPIO %1</source>
        <translation>读取 GPIO %1</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="90"/>
        <source>GPIO %1: the module did not say the level.</source>
        <translation>GPIO %1：模块未返回电平。</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="91"/>
        <source>GPIO %1 is %2.</source>
        <translation>GPIO %1 为%2。</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="91"/>
        <source>high</source>
        <translation>高电平</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="91"/>
        <source>low</source>
        <translation>低电平</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="97"/>
        <source>Read ADC %1</source>
        <translation>读取 ADC %1</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="106"/>
        <source>ADC %1: the module did not say the value.</source>
        <translation>ADC %1：模块未返回数值。</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="111"/>
        <source>ADC %1: %2 (%3 V).</source>
        <translation>ADC %1：%2（%3 V）。</translation>
    </message>
</context>
<context>
    <name>LineEndingBox</name>
    <message>
        <location filename="../ui/terminal/LineEndingBox.cpp" line="20"/>
        <source>Line end sent after what you type. With the module&apos;s own line end the command goes through the engine (its reply is tracked); with another one the bytes are written as they are.</source>
        <translation>在输入内容之后发送的行尾符。使用模块自身的行尾符时，命令经由引擎发送（跟踪其应答）；使用其他行尾符时，按原样写入字节。</translation>
    </message>
    <message>
        <location filename="../ui/terminal/LineEndingBox.cpp" line="56"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/terminal/LineEndingBox.cpp" line="61"/>
        <source>%1 (module)</source>
        <translation>%1（模块）</translation>
    </message>
</context>
<context>
    <name>Macro</name>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="48"/>
        <source>Line %1: a pause is at most %2 ms.</source>
        <translation>第 %1 行：暂停时间最长为 %2 ms。</translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="53"/>
        <source>Line %1: write a pause as &quot;wait 500&quot; (milliseconds).</source>
        <translation>第 %1 行：暂停请写作“wait 500”（毫秒）。</translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="60"/>
        <source>A macro needs at least one command.</source>
        <translation>宏至少需要一条命令。</translation>
    </message>
</context>
<context>
    <name>MacroBar</name>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="24"/>
        <source>Macros</source>
        <translation>宏</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="34"/>
        <source>No macros yet: Macros ▸ New macro… makes a button that sends commands.</source>
        <translation>暂无宏：通过“宏 ▸ 新建宏…”可创建一个发送命令的按钮。</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="54"/>
        <source>%1

Click to send; click again while it runs to stop it. Right-click to edit.</source>
        <translation>%1

单击发送；运行时再次单击可停止。右键单击可编辑。</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="70"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="74"/>
        <location filename="../ui/terminal/MacroBar.cpp" line="91"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="89"/>
        <source>&amp;New macro…</source>
        <translation>新建宏(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="90"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="100"/>
        <source>&amp;Import from file…</source>
        <translation>从文件导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="101"/>
        <source>E&amp;xport to file…</source>
        <translation>导出到文件(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="155"/>
        <source>Delete macro</source>
        <translation>删除宏</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="155"/>
        <source>Delete the macro &quot;%1&quot;?</source>
        <translation>删除宏“%1”？</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="165"/>
        <source>Macros imported from %1: %2.</source>
        <translation>已从 %1 导入宏：%2。</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="173"/>
        <source>Macros exported to %1: %2.</source>
        <translation>已导出宏到 %1：%2。</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="181"/>
        <location filename="../ui/terminal/MacroBar.cpp" line="189"/>
        <source>Import macros</source>
        <translation>导入宏</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="182"/>
        <location filename="../ui/terminal/MacroBar.cpp" line="196"/>
        <source>Macro files (*.json);;All files (*)</source>
        <translation>宏文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="195"/>
        <location filename="../ui/terminal/MacroBar.cpp" line="203"/>
        <source>Export macros</source>
        <translation>导出宏</translation>
    </message>
</context>
<context>
    <name>MacroEditor</name>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="20"/>
        <source>New macro</source>
        <translation>新建宏</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="20"/>
        <source>Edit macro</source>
        <translation>编辑宏</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="26"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="27"/>
        <source>&amp;Steps:</source>
        <translation>步骤(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="28"/>
        <source>One command per line, sent after the reply to the one before. &quot;wait 500&quot; pauses for 500 ms.</source>
        <translation>每行一条命令，在上一条命令应答后发送。“wait 500”表示暂停 500 ms。</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="52"/>
        <source>Give the macro a name: it is the button&apos;s label.</source>
        <translation>请为宏命名：名称即按钮上的文字。</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="54"/>
        <source>There is already a macro called &quot;%1&quot;.</source>
        <translation>已存在名为“%1”的宏。</translation>
    </message>
</context>
<context>
    <name>MacroJson</name>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="91"/>
        <source>%1 is not valid JSON: %2 (at character %3).</source>
        <translation>%1 不是有效的 JSON：%2（位于第 %3 个字符）。</translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="98"/>
        <source>%1 is not an AT Studio macro file: it has no &quot;macros&quot; list.</source>
        <translation>%1 不是 AT Studio 宏文件：缺少“macros”列表。</translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="103"/>
        <source>%1 is a &quot;%2&quot; file, not an AT Studio macro file.</source>
        <translation>%1 是“%2”文件，不是 AT Studio 宏文件。</translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="108"/>
        <source>%1 was written by a newer AT Studio (macro file version %2); this one reads version %3.</source>
        <translation>%1 由更新版本的 AT Studio 写入（宏文件版本 %2）；当前版本只能读取版本 %3。</translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="122"/>
        <source>%1: macro %2 has no name.</source>
        <translation>%1：宏 %2 没有名称。</translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="127"/>
        <source>%1: macro &quot;%2&quot; has no steps.</source>
        <translation>%1：宏“%2”没有步骤。</translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="140"/>
        <source>%1: step %2 of macro &quot;%3&quot; needs a &quot;command&quot; text or a &quot;waitMs&quot; pause of 0 to %4 ms.</source>
        <translation>%1：宏“%3”的第 %2 步需要“command”文本，或 0 到 %4 ms 的“waitMs”暂停。</translation>
    </message>
</context>
<context>
    <name>MacroRunner</name>
    <message>
        <location filename="../ui/terminal/MacroRunner.cpp" line="25"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroRunner.cpp" line="43"/>
        <source>Not connected to a module.</source>
        <translation>未连接到模块。</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroRunner.cpp" line="51"/>
        <source>Step %1 (%2): %3</source>
        <translation>第 %1 步（%2）：%3</translation>
    </message>
</context>
<context>
    <name>MacroStore</name>
    <message>
        <location filename="../ui/terminal/MacroStore.cpp" line="17"/>
        <source>the saved macros</source>
        <translation>已保存的宏</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroStore.cpp" line="80"/>
        <location filename="../ui/terminal/MacroStore.cpp" line="85"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroStore.cpp" line="96"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroStore.cpp" line="100"/>
        <source>%1 is too large for a macro file (%2 bytes).</source>
        <translation>%1 作为宏文件过大（%2 字节）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="46"/>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="52"/>
        <source>AT Studio</source>
        <translation>AT Studio</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="62"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78"/>
        <source>Sockets</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82"/>
        <source>GPIO</source>
        <translation>GPIO</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>Session log: %1</source>
        <translation>会话日志：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>The port is back: reconnected and re-synchronised.</source>
        <translation>端口已恢复：已重新连接并重新同步。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>&amp;Open transcript…</source>
        <translation>打开记录文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>Export session as &amp;transcript…</source>
        <translation>将会话导出为记录文件(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>Export session as plain te&amp;xt…</source>
        <translation>将会话导出为纯文本(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>Text &amp;size</source>
        <translation>文字大小(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Projector</source>
        <translation>投影仪</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Huge</source>
        <translation>特大</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>The language changes when AT Studio starts again.</source>
        <translation>重新启动 AT Studio 后语言设置生效。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>Connecting to %1 …</source>
        <translation>正在连接到 %1 …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Connecting to the virtual %1 (no hardware: a simulated module with real sockets on this computer).</source>
        <translation>正在连接到虚拟 %1（无需硬件：在本机上使用真实套接字的模拟模块）。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="250"/>
        <source>Choose a port and a module above, then Connect (or pick the virtual module to try things without hardware).</source>
        <translation>请在上方选择端口和模块，然后单击“连接”（或选择虚拟模块，无需硬件即可试用）。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>No module is attached: opening the virtual WizFi360 so that you can try everything without hardware. Plug in a module and choose its port above for the real thing.</source>
        <translation>未连接任何模块：正在打开虚拟 WizFi360，无需硬件即可试用全部功能。如需使用真实模块，请接入模块并在上方选择其端口。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <source>Disconnected.</source>
        <translation>已断开。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="273"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="279"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="282"/>
        <source>Port lost, waiting for it to return…</source>
        <translation>端口丢失，正在等待其恢复…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="288"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293"/>
        <source>in %1 · out %2</source>
        <translation>接收 %1 · 发送 %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="308"/>
        <source>Auto-detect needs a serial port: choose one above.</source>
        <translation>自动检测需要串口：请在上方选择一个。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="336"/>
        <source>There is no session log to export yet: connect to a module first.</source>
        <translation>暂无可导出的会话日志：请先连接模块。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>Export session as plain text</source>
        <translation>将会话导出为纯文本</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>Export session as transcript</source>
        <translation>将会话导出为记录文件</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="343"/>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="343"/>
        <source>Transcripts (*.transcript)</source>
        <translation>记录文件 (*.transcript)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="353"/>
        <source>Session exported to %1.</source>
        <translation>会话已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="354"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="360"/>
        <source>Open transcript</source>
        <translation>打开记录文件</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="360"/>
        <source>Transcripts (*.transcript);;All files (*)</source>
        <translation>记录文件 (*.transcript);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="367"/>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="369"/>
        <source>%1 holds no traffic.</source>
        <translation>%1 中没有通信数据。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="372"/>
        <source>Replaying %1 as %2 (nothing is sent to a module).</source>
        <translation>正在以 %2 回放 %1（不会向模块发送任何数据）。</translation>
    </message>
</context>
<context>
    <name>ModuleCli</name>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="51"/>
        <source>What to do (see above).</source>
        <translation>要执行的操作（见上文）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="53"/>
        <source>Serial port name or device path.</source>
        <translation>串口名称或设备路径。</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="53"/>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="54"/>
        <source>Baud rate (default 115200).</source>
        <translation>波特率（默认 115200）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="54"/>
        <source>rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="57"/>
        <source>Module family of the port: wizfi310, wizfi360, wizfi250, pic32mzw1 or air602.</source>
        <translation>该端口上的模块系列：wizfi310、wizfi360、wizfi250、pic32mzw1 或 air602。</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="59"/>
        <location filename="../app/cli/ModuleCommand.cpp" line="61"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="60"/>
        <source>Use the virtual module of this family instead.</source>
        <translation>改用该系列的虚拟模块。</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="62"/>
        <source>Show every command and line on standard error.</source>
        <translation>在标准错误输出中显示每条命令和每一行。</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="63"/>
        <source>Network name (socket and mqtt: join it first).</source>
        <translation>网络名称（socket 和 mqtt：先加入该网络）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="64"/>
        <source>ssid</source>
        <translation>ssid</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="65"/>
        <source>Key or passphrase.</source>
        <translation>密钥或密码短语。</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="65"/>
        <source>key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="67"/>
        <source>open, wep, wpa, wpa2, wpa-wpa2 or wpa3 (default wpa2, or open without a key).</source>
        <translation>open、wep、wpa、wpa2、wpa-wpa2 或 wpa3（默认 wpa2；未提供密钥时为 open）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="68"/>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="79"/>
        <source>unknown security &quot;%1&quot;.</source>
        <translation>未知的安全类型“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="118"/>
        <source>say what to do: %1.</source>
        <translation>请指定要执行的操作：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="123"/>
        <source>give either --port (with --module) or --simulate.</source>
        <translation>请指定 --port（需配合 --module）或 --simulate 之一。</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="127"/>
        <source>--port needs --module.</source>
        <translation>--port 需要配合 --module 使用。</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="163"/>
        <source>could not open the connection.</source>
        <translation>无法打开连接。</translation>
    </message>
</context>
<context>
    <name>ModuleConnection</name>
    <message>
        <location filename="../core/engine/ModuleConnection.cpp" line="29"/>
        <source>Disconnected.</source>
        <translation>已断开。</translation>
    </message>
    <message>
        <location filename="../core/engine/ModuleConnection.cpp" line="126"/>
        <source>No session log: %1</source>
        <translation>无会话日志：%1</translation>
    </message>
    <message>
        <location filename="../core/engine/ModuleConnection.cpp" line="250"/>
        <location filename="../core/engine/ModuleConnection.cpp" line="417"/>
        <source>Unknown module &quot;%1&quot;.</source>
        <translation>未知模块“%1”。</translation>
    </message>
    <message>
        <location filename="../core/engine/ModuleConnection.cpp" line="284"/>
        <source>virtual %1</source>
        <translation>虚拟 %1</translation>
    </message>
    <message>
        <location filename="../core/engine/ModuleConnection.cpp" line="319"/>
        <source>Not connected to a module.</source>
        <translation>未连接到模块。</translation>
    </message>
    <message>
        <location filename="../core/engine/ModuleConnection.cpp" line="421"/>
        <source>replay</source>
        <translation>回放</translation>
    </message>
</context>
<context>
    <name>ModuleStatus</name>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="22"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="24"/>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="26"/>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="28"/>
        <source>Wi-Fi mode</source>
        <translation>Wi-Fi 模式</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="30"/>
        <source>Link</source>
        <translation>链路</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="32"/>
        <source>SSID</source>
        <translation>SSID</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="34"/>
        <source>BSSID</source>
        <translation>BSSID</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="36"/>
        <source>Channel</source>
        <translation>信道</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="38"/>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="40"/>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="42"/>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="44"/>
        <source>DNS servers</source>
        <translation>DNS 服务器</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="46"/>
        <source>Open sockets</source>
        <translation>已打开的套接字</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="48"/>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
</context>
<context>
    <name>MqttMessagesModel</name>
    <message>
        <location filename="../core/models/MqttModels.cpp" line="191"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../core/models/MqttModels.cpp" line="193"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../core/models/MqttModels.cpp" line="195"/>
        <source>Payload</source>
        <translation>负载</translation>
    </message>
</context>
<context>
    <name>MqttPanel</name>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="73"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="75"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="76"/>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="80"/>
        <location filename="../ui/panels/MqttPanel.cpp" line="174"/>
        <source>Subscribe</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="82"/>
        <source>Unsubscribe</source>
        <translation>取消订阅</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="88"/>
        <source>Retain</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="89"/>
        <location filename="../ui/panels/MqttPanel.cpp" line="186"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="91"/>
        <source>Payload as hex</source>
        <translation>以十六进制输入负载</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="100"/>
        <source>e.g. broker.example.com</source>
        <translation>例如 broker.example.com</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="111"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="115"/>
        <location filename="../ui/panels/MqttPanel.cpp" line="267"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="117"/>
        <source>Show or hide the password</source>
        <translation>显示或隐藏密码</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="121"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="122"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="129"/>
        <source>e.g. sensors/+/temperature</source>
        <translation>例如 sensors/+/temperature</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="136"/>
        <source>e.g. sensors/kitchen/temperature</source>
        <translation>例如 sensors/kitchen/temperature</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="149"/>
        <source>Broker</source>
        <translation>代理服务器</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="152"/>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="158"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="159"/>
        <source>Client id:</source>
        <translation>客户端 ID：</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="160"/>
        <source>User:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="164"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="165"/>
        <source>Keep-alive:</source>
        <translation>保活时间：</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="166"/>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="177"/>
        <location filename="../ui/panels/MqttPanel.cpp" line="189"/>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="183"/>
        <location filename="../ui/panels/MqttPanel.cpp" line="198"/>
        <source>QoS:</source>
        <translation>QoS：</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="192"/>
        <source>Payload:</source>
        <translation>负载：</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="216"/>
        <source>Subscriptions</source>
        <translation>订阅列表</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="229"/>
        <source>Received messages</source>
        <translation>已接收的消息</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="234"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="267"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="346"/>
        <source>Connect to a module first.</source>
        <translation>请先连接模块。</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="353"/>
        <source>Connect over TLS (the module checks the broker&apos;s certificate).</source>
        <translation>通过 TLS 连接（模块会验证代理服务器的证书）。</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="364"/>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="377"/>
        <source>Connected to the broker.</source>
        <translation>已连接到代理服务器。</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="377"/>
        <source>Not connected to a broker.</source>
        <translation>未连接到代理服务器。</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="400"/>
        <source>A port is a number from 1 to 65535.</source>
        <translation>端口应为 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="407"/>
        <source>Already connected: disconnect first to change the broker.</source>
        <translation>已连接：如需更换代理服务器，请先断开连接。</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="434"/>
        <source>Connect to the broker first.</source>
        <translation>请先连接到代理服务器。</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="443"/>
        <source>Select a subscription in the table.</source>
        <translation>请在表格中选择一个订阅。</translation>
    </message>
</context>
<context>
    <name>MqttService</name>
    <message>
        <location filename="../core/services/MqttService.cpp" line="51"/>
        <source>MQTT 3.1.1 brokers need accept only client ids of up to 23 bytes; this one is %1.</source>
        <translation>MQTT 3.1.1 代理服务器只需接受最长 23 字节的客户端 ID；当前为 %1 字节。</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="55"/>
        <source>Keep-alive is 0 to 65535 seconds.</source>
        <translation>保活时间为 0 到 65535 秒。</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="79"/>
        <source>This module publishes at most %1 bytes at once; this is %2.</source>
        <translation>此模块一次最多发布 %1 字节；当前为 %2 字节。</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="87"/>
        <source>Connect to broker</source>
        <translation>连接到代理服务器</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="105"/>
        <source>Connected to %1:%2.</source>
        <translation>已连接到 %1:%2。</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="111"/>
        <source>Disconnect from broker</source>
        <translation>断开与代理服务器的连接</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="118"/>
        <source>Disconnected from the broker.</source>
        <translation>已断开与代理服务器的连接。</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="124"/>
        <source>Subscribe</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="141"/>
        <source>%1 will be subscribed when the module connects.</source>
        <translation>模块连接后将订阅 %1。</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="149"/>
        <source>Subscribed to %1.</source>
        <translation>已订阅 %1。</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="155"/>
        <source>Unsubscribe</source>
        <translation>取消订阅</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="160"/>
        <source>%1 is not subscribed.</source>
        <translation>未订阅 %1。</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="164"/>
        <source>%1 removed.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="174"/>
        <source>Unsubscribed from %1.</source>
        <translation>已取消订阅 %1。</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="180"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="187"/>
        <source>Connect to the broker first.</source>
        <translation>请先连接到代理服务器。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/services/MqttService.cpp" line="190"/>
        <source>Published %n byte(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 发布 %n 字节。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MqttSubscriptionsModel</name>
    <message>
        <location filename="../core/models/MqttModels.cpp" line="90"/>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../core/models/MqttModels.cpp" line="92"/>
        <source>Subscribed</source>
        <translation>已订阅</translation>
    </message>
    <message>
        <location filename="../core/models/MqttModels.cpp" line="94"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../core/models/MqttModels.cpp" line="107"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../core/models/MqttModels.cpp" line="109"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../core/models/MqttModels.cpp" line="111"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Pic32mzw1Dialect</name>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Dialect.cpp" line="21"/>
        <source>Microchip PIC32MZW1 (WFI32) AnyCloud</source>
        <translation>Microchip PIC32MZW1 (WFI32) AnyCloud</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Dialect.cpp" line="239"/>
        <source>The command failed</source>
        <translation>命令执行失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="12"/>
        <source>General Error</source>
        <translation>一般错误</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="13"/>
        <source>Invalid AT Command</source>
        <translation>AT 命令无效</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="14"/>
        <source>Unknown AT Command</source>
        <translation>未知 AT 命令</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="15"/>
        <source>Invalid Parameter</source>
        <translation>参数无效</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="16"/>
        <source>Incorrect Number of Parameters</source>
        <translation>参数个数不正确</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="17"/>
        <source>Configuration Update Blocked</source>
        <translation>配置更新被阻止</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="18"/>
        <source>Configuration Access Failed</source>
        <translation>配置访问失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="19"/>
        <source>Wi-Fi Request Failed</source>
        <translation>Wi-Fi 请求失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="20"/>
        <source>STA Not Connected</source>
        <translation>STA 未连接</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="21"/>
        <source>Socket ID Not Found</source>
        <translation>未找到套接字 ID</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="22"/>
        <source>No Free Sockets</source>
        <translation>无空闲套接字</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="23"/>
        <source>Invalid Socket Protocol</source>
        <translation>套接字协议无效</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="24"/>
        <source>Socket Close Failed</source>
        <translation>套接字关闭失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="25"/>
        <source>Socket Bind Failed</source>
        <translation>套接字绑定失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="26"/>
        <source>Socket TLS Failed</source>
        <translation>套接字 TLS 失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="27"/>
        <source>Socket Connect Failed</source>
        <translation>套接字连接失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="28"/>
        <source>Socket Send Failed</source>
        <translation>套接字发送失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="29"/>
        <source>Socket Set Option Failed</source>
        <translation>套接字选项设置失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="30"/>
        <source>Socket Destination Not Set</source>
        <translation>未设置套接字目标地址</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="31"/>
        <source>Length Mismatch</source>
        <translation>长度不匹配</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="32"/>
        <source>STA Disconnect Not Permitted</source>
        <translation>不允许断开 STA</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="33"/>
        <source>STA Disconnect Failed</source>
        <translation>STA 断开失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="34"/>
        <source>STA Connection Not Permitted</source>
        <translation>不允许 STA 连接</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="35"/>
        <source>STA Connection Failed</source>
        <translation>STA 连接失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="36"/>
        <source>Soft AP Stop Not Permitted</source>
        <translation>不允许停止 SoftAP</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="37"/>
        <source>Soft AP Stop Failed</source>
        <translation>SoftAP 停止失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="38"/>
        <source>Soft AP Start Not Permitted</source>
        <translation>不允许启动 SoftAP</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="39"/>
        <source>Soft AP Start Failed</source>
        <translation>SoftAP 启动失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="40"/>
        <source>Provisioning Soft AP Stop Not Permitted</source>
        <translation>不允许停止配网 SoftAP</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="41"/>
        <source>Provisioning Soft AP Stop Failed</source>
        <translation>配网 SoftAP 停止失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="42"/>
        <source>Provisioning Soft AP Start Not Permitted</source>
        <translation>不允许启动配网 SoftAP</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="43"/>
        <source>Provisioning Soft AP Start Failed</source>
        <translation>配网 SoftAP 启动失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="44"/>
        <source>WPS Stop Not Permitted</source>
        <translation>不允许停止 WPS</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="45"/>
        <source>WPS Stop Failed</source>
        <translation>WPS 停止失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="46"/>
        <source>WPS Start Not Permitted</source>
        <translation>不允许启动 WPS</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="47"/>
        <source>WPS Start Failed</source>
        <translation>WPS 启动失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="48"/>
        <source>Unsupported Security Type</source>
        <translation>不支持的安全类型</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="49"/>
        <source>Invalid Security Parameters</source>
        <translation>安全参数无效</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="50"/>
        <source>OTA In Progress</source>
        <translation>OTA 正在进行</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="51"/>
        <source>Unsupported File Transfer Protocol</source>
        <translation>不支持的文件传输协议</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="52"/>
        <source>DNS Type Not Supported</source>
        <translation>不支持的 DNS 类型</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="53"/>
        <source>DNS Query Timeout</source>
        <translation>DNS 查询超时</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="54"/>
        <source>Ping Failed</source>
        <translation>Ping 失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="55"/>
        <source>Network Error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="56"/>
        <source>Multicast Error</source>
        <translation>组播错误</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="57"/>
        <source>Time Error</source>
        <translation>时间错误</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="58"/>
        <source>MQTT Error</source>
        <translation>MQTT 错误</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="63"/>
        <source>Unknown error %1</source>
        <translation>未知错误 %1</translation>
    </message>
</context>
<context>
    <name>Pic32mzw1DialectCatalog</name>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="25"/>
        <source>Turns character echo off.</source>
        <translation>关闭字符回显。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="27"/>
        <source>Turns character echo on.</source>
        <translation>打开字符回显。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="31"/>
        <source>Reads or sets the scan configuration (1 probe wait time, 2 passive listen time).</source>
        <translation>读取或设置扫描配置（1 探测等待时间，2 被动监听时间）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="36"/>
        <source>Starts an active scan of one channel or of all (255); results arrive as +WSCNIND.</source>
        <translation>对单个信道或全部信道 (255) 进行主动扫描；结果以 +WSCNIND 上报。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="41"/>
        <source>Starts a passive scan of one channel or of all (255); results arrive as +WSCNIND.</source>
        <translation>对单个信道或全部信道 (255) 进行被动扫描；结果以 +WSCNIND 上报。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="47"/>
        <source>Reads or sets the station configuration (SSID, security, credentials, channel, NTP).</source>
        <translation>读取或设置 Station 配置（SSID、安全类型、凭据、信道、NTP）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="52"/>
        <source>Shows the station state, or connects (1) or disconnects (0) it.</source>
        <translation>显示 Station 状态，或连接 (1)、断开 (0) Station。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="56"/>
        <source>Reads or sets the soft AP configuration (SSID, security, credentials, channel, hidden).</source>
        <translation>读取或设置 SoftAP 配置（SSID、安全类型、凭据、信道、隐藏）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="61"/>
        <source>Shows the soft AP state, or starts (1) or stops (0) it.</source>
        <translation>显示 SoftAP 状态，或启动 (1)、停止 (0) SoftAP。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="66"/>
        <source>Reads or sets the MQTT configuration (broker, port, client ID, user name, TLS).</source>
        <translation>读取或设置 MQTT 配置（代理服务器、端口、客户端 ID、用户名、TLS）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="71"/>
        <source>Connects to the MQTT broker or shows the connection status.</source>
        <translation>连接到 MQTT 代理服务器，或显示连接状态。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="75"/>
        <source>Subscribes to an MQTT topic.</source>
        <translation>订阅 MQTT 主题。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="77"/>
        <source>Unsubscribes from an MQTT topic.</source>
        <translation>取消订阅 MQTT 主题。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="79"/>
        <source>Publishes a message to an MQTT topic.</source>
        <translation>向 MQTT 主题发布消息。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="81"/>
        <source>Disconnects from the MQTT broker.</source>
        <translation>断开与 MQTT 代理服务器的连接。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="84"/>
        <source>Creates a UDP (1) or TCP (2) socket.</source>
        <translation>创建 UDP (1) 或 TCP (2) 套接字。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="87"/>
        <source>Closes a socket.</source>
        <translation>关闭套接字。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="89"/>
        <source>Binds a socket to a local port to listen (TCP) or receive (UDP).</source>
        <translation>将套接字绑定到本地端口以监听 (TCP) 或接收 (UDP)。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="93"/>
        <source>Binds a socket to a remote address: connects (TCP) or sets the destination (UDP).</source>
        <translation>将套接字绑定到远程地址：建立连接 (TCP) 或设置目标地址 (UDP)。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="98"/>
        <source>Binds a UDP socket to a multicast group.</source>
        <translation>将 UDP 套接字绑定到组播组。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="101"/>
        <source>Upgrades a TCP socket to TLS with a +TLSC configuration.</source>
        <translation>使用 +TLSC 配置将 TCP 套接字升级为 TLS。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="105"/>
        <source>Lists the open sockets, or one of them.</source>
        <translation>列出所有已打开的套接字，或其中一个。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="108"/>
        <source>Sends data on a socket, as a string or in binary mode.</source>
        <translation>以字符串或二进制模式通过套接字发送数据。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="112"/>
        <source>Sends data on a UDP socket to a given address.</source>
        <translation>通过 UDP 套接字向指定地址发送数据。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="115"/>
        <source>Reads received data from a socket as a string (1) or binary (2).</source>
        <translation>以字符串 (1) 或二进制 (2) 形式从套接字读取接收到的数据。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="119"/>
        <source>Reads or sets a TLS configuration (certificates, key, server name).</source>
        <translation>读取或设置 TLS 配置（证书、密钥、服务器名称）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="123"/>
        <source>Resolves a domain name (A or AAAA record); the result arrives as +DNSRESOLV.</source>
        <translation>解析域名（A 或 AAAA 记录）；结果以 +DNSRESOLV 上报。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="128"/>
        <source>Pings an IP address or a domain name.</source>
        <translation>Ping 一个 IP 地址或域名。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="131"/>
        <source>Shows the manufacturer identification.</source>
        <translation>显示制造商标识。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="134"/>
        <source>Shows the model identification.</source>
        <translation>显示型号标识。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="136"/>
        <source>Shows the revision identification (chip, firmware and driver versions).</source>
        <translation>显示版本标识（芯片、固件和驱动版本）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="142"/>
        <source>Checks that the module answers (firmware, not in the manual).</source>
        <translation>检查模块是否应答（固件支持，手册未载）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="146"/>
        <source>Sets the verbosity of result codes, 0-5; 5 gives ERROR:&lt;code&gt;,&quot;&lt;text&gt;&quot; (firmware, not in the manual).</source>
        <translation>设置结果码的详细程度（0-5）；5 时返回 ERROR:&lt;code&gt;,&quot;&lt;text&gt;&quot;（固件支持，手册未载）。</translation>
    </message>
</context>
<context>
    <name>Pic32mzw1MqttCommands</name>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1MqttCommands.cpp" line="118"/>
        <source>the connection to the broker failed: %1.</source>
        <translation>连接代理服务器失败：%1。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1MqttCommands.cpp" line="135"/>
        <source>The PIC32MZW1 subscribes while connected only; the topic is subscribed at the next connect.</source>
        <translation>PIC32MZW1 仅在已连接时才能订阅；该主题将在下次连接时订阅。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1MqttCommands.cpp" line="143"/>
        <source>The PIC32MZW1 unsubscribes while connected only.</source>
        <translation>PIC32MZW1 仅在已连接时才能取消订阅。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1MqttCommands.cpp" line="146"/>
        <source>the broker refused to unsubscribe from %1 (%2).</source>
        <translation>代理服务器拒绝取消订阅 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1MqttCommands.cpp" line="154"/>
        <source>The PIC32MZW1 publishes while connected only.</source>
        <translation>PIC32MZW1 仅在已连接时才能发布。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1MqttCommands.cpp" line="162"/>
        <source>The message does not fit in the PIC32MZW1&apos;s 511-character command line: at most %1 bytes of printable text or %2 bytes of other data with this topic.</source>
        <translation>消息超出了 PIC32MZW1 511 个字符的命令行长度：使用此主题时，最多可发送 %1 字节的可打印文本或 %2 字节的其他数据。</translation>
    </message>
</context>
<context>
    <name>Pic32mzw1SocketCommands</name>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1SocketCommands.cpp" line="96"/>
        <source>The PIC32MZW1 AnyCloud firmware has no transparent (data) mode.</source>
        <translation>PIC32MZW1 AnyCloud 固件没有透传（数据）模式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1SocketCommands.cpp" line="137"/>
        <source>A UDP socket needs a local port or a peer.</source>
        <translation>UDP 套接字需要本地端口或对端。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1SocketCommands.cpp" line="178"/>
        <source>%1 bytes do not fit in one datagram of the PIC32MZW1&apos;s 511-character command line; this data fits %2 bytes a datagram.</source>
        <translation>%1 字节无法放入 PIC32MZW1 511 个字符命令行的单个数据报中；对于此数据，每个数据报最多可容纳 %2 字节。</translation>
    </message>
</context>
<context>
    <name>Pic32mzw1WifiCommands</name>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1WifiCommands.cpp" line="131"/>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1WifiCommands.cpp" line="143"/>
        <source>Enterprise</source>
        <translation>企业级</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1WifiCommands.cpp" line="146"/>
        <source>Unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1WifiCommands.cpp" line="157"/>
        <source>The PIC32MZW1 joins open, WPA-PSK and WPA2-PSK networks only (WEP is not supported, manual §5.2).</source>
        <translation>PIC32MZW1 仅支持加入开放、WPA-PSK 和 WPA2-PSK 网络（不支持 WEP，见手册 §5.2）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1WifiCommands.cpp" line="161"/>
        <source>The PIC32MZW1 manual has no way to join one access point by its BSSID.</source>
        <translation>PIC32MZW1 手册中没有按 BSSID 加入指定接入点的方法。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1WifiCommands.cpp" line="163"/>
        <source>The PIC32MZW1 manual documents DHCP addressing only.</source>
        <translation>PIC32MZW1 手册仅说明了 DHCP 地址分配方式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1WifiCommands.cpp" line="201"/>
        <source>The PIC32MZW1 soft AP runs open, WPA-PSK or WPA2-PSK networks only.</source>
        <translation>PIC32MZW1 的 SoftAP 仅支持开放、WPA-PSK 或 WPA2-PSK 网络。</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1WifiCommands.cpp" line="203"/>
        <source>The soft AP channel must be 1 to 13.</source>
        <translation>SoftAP 信道必须在 1 到 13 之间。</translation>
    </message>
</context>
<context>
    <name>PipeTransport</name>
    <message>
        <location filename="../core/transport/PipeTransport.cpp" line="45"/>
        <source>The virtual module has gone away.</source>
        <translation>虚拟模块已退出。</translation>
    </message>
</context>
<context>
    <name>PtyTransport</name>
    <message>
        <location filename="../core/transport/PtyTransport.cpp" line="34"/>
        <source>Cannot create a pseudo-terminal: %1</source>
        <translation>无法创建伪终端：%1</translation>
    </message>
    <message>
        <location filename="../core/transport/PtyTransport.cpp" line="71"/>
        <source>Cannot create the link %1 to %2.</source>
        <translation>无法创建从 %1 到 %2 的链接。</translation>
    </message>
</context>
<context>
    <name>ScanResultsModel</name>
    <message>
        <location filename="../core/models/ScanResultsModel.cpp" line="30"/>
        <source>(hidden)</source>
        <translation>（隐藏）</translation>
    </message>
    <message>
        <location filename="../core/models/ScanResultsModel.cpp" line="36"/>
        <location filename="../core/models/ScanResultsModel.cpp" line="40"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../core/models/ScanResultsModel.cpp" line="40"/>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <location filename="../core/models/ScanResultsModel.cpp" line="46"/>
        <source>The access point does not broadcast its name.</source>
        <translation>该接入点不广播其名称。</translation>
    </message>
    <message>
        <location filename="../core/models/ScanResultsModel.cpp" line="58"/>
        <source>SSID</source>
        <translation>SSID</translation>
    </message>
    <message>
        <location filename="../core/models/ScanResultsModel.cpp" line="60"/>
        <source>BSSID</source>
        <translation>BSSID</translation>
    </message>
    <message>
        <location filename="../core/models/ScanResultsModel.cpp" line="62"/>
        <source>Channel</source>
        <translation>信道</translation>
    </message>
    <message>
        <location filename="../core/models/ScanResultsModel.cpp" line="64"/>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <location filename="../core/models/ScanResultsModel.cpp" line="66"/>
        <source>Security</source>
        <translation>安全类型</translation>
    </message>
</context>
<context>
    <name>SendBox</name>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="29"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="33"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="34"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="35"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="42"/>
        <source>Text to send</source>
        <translation>要发送的文本</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="45"/>
        <source>No line ending</source>
        <translation>无行尾符</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="46"/>
        <source>CR LF</source>
        <translation>CR LF</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="47"/>
        <source>LF</source>
        <translation>LF</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="48"/>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="50"/>
        <source>Line ending:</source>
        <translation>行尾符：</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="56"/>
        <source>Hex bytes, e.g. 48 65 6C 6C 6F 0D 0A</source>
        <translation>十六进制字节，例如 48 65 6C 6C 6F 0D 0A</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="64"/>
        <location filename="../ui/panels/SendBox.cpp" line="207"/>
        <source>File to send</source>
        <translation>要发送的文件</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="65"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="74"/>
        <source> time(s)</source>
        <translation> 次</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="82"/>
        <source>Repeat:</source>
        <translation>重复：</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="129"/>
        <source>&quot;%1&quot; is not a hex digit.</source>
        <translation>“%1”不是十六进制数字。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="134"/>
        <source>Hex bytes are two digits each; one digit is missing.</source>
        <translation>每个十六进制字节由两位数字组成；缺少一位数字。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="156"/>
        <source>Choose a file to send.</source>
        <translation>请选择要发送的文件。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="158"/>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="160"/>
        <source>The file is %1 bytes; at most %2 are sent at once.</source>
        <translation>文件大小为 %1 字节；一次最多发送 %2 字节。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="166"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="174"/>
        <location filename="../ui/panels/SendBox.cpp" line="198"/>
        <source>There is nothing to send.</source>
        <translation>没有要发送的数据。</translation>
    </message>
</context>
<context>
    <name>SerialTransport</name>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="58"/>
        <source>%1 does not accept the settings %2 baud %3: %4</source>
        <translation>%1 不接受设置 %2 波特率 %3：%4</translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="111"/>
        <source>%1 does not exist (unplugged?).</source>
        <translation>%1 不存在（是否已拔出？）。</translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="114"/>
        <source>Permission denied on %1: it is in use by another program, or your user may not open serial ports. Add yourself to the dialout group (sudo usermod -aG dialout $USER) and log in again.</source>
        <translation>%1 权限被拒绝：该端口已被其他程序占用，或当前用户无权打开串口。请将自己加入 dialout 组（sudo usermod -aG dialout $USER）后重新登录。</translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="121"/>
        <source>%1 is already open.</source>
        <translation>%1 已打开。</translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="123"/>
        <source>%1 went away (unplugged or the driver reset).</source>
        <translation>%1 已消失（被拔出或驱动已复位）。</translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="127"/>
        <source>Writing to %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="130"/>
        <source>Reading from %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="133"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <location filename="../core/log/SessionExport.cpp" line="19"/>
        <location filename="../core/log/SessionExport.cpp" line="25"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/log/SessionLog.cpp" line="116"/>
        <source>Could not create the log directory %1.</source>
        <translation>无法创建日志目录 %1。</translation>
    </message>
    <message>
        <location filename="../core/log/SessionLog.cpp" line="135"/>
        <source>The session log could not start: %1.</source>
        <translation>会话日志无法启动：%1。</translation>
    </message>
    <message>
        <location filename="../core/log/SessionLog.cpp" line="168"/>
        <source>could not create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/log/SessionLog.cpp" line="184"/>
        <location filename="../core/log/SessionLog.cpp" line="301"/>
        <location filename="../core/log/SessionLog.cpp" line="327"/>
        <location filename="../core/log/SessionLog.cpp" line="344"/>
        <source>could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/log/SessionLog.cpp" line="199"/>
        <source>the file was deleted or moved</source>
        <translation>文件已被删除或移动</translation>
    </message>
    <message>
        <location filename="../core/log/SessionLog.cpp" line="377"/>
        <source>The session log stopped: %1. Traffic from %2 s on is not in the log.</source>
        <translation>会话日志已停止：%1。从第 %2 秒起的通信数据未记入日志。</translation>
    </message>
</context>
<context>
    <name>SimMqtt</name>
    <message>
        <location filename="../core/sim/SimMqtt.cpp" line="54"/>
        <source>cannot create an MQTT client</source>
        <translation>无法创建 MQTT 客户端</translation>
    </message>
</context>
<context>
    <name>SimSockets</name>
    <message>
        <location filename="../core/sim/SimSockets.cpp" line="70"/>
        <source>No route to host (the virtual module reaches this computer only).</source>
        <translation>没有到主机的路由（虚拟模块只能访问本机）。</translation>
    </message>
</context>
<context>
    <name>SocketCommands</name>
    <message>
        <location filename="../core/dialects/commands/SocketCommands.cpp" line="13"/>
        <source>This module has no data mode.</source>
        <translation>此模块没有数据模式。</translation>
    </message>
</context>
<context>
    <name>SocketService</name>
    <message>
        <location filename="../core/services/SocketService.cpp" line="70"/>
        <source>This module has %1 sockets and all are in use: close one first.</source>
        <translation>此模块的 %1 个套接字均已占用：请先关闭一个。</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="77"/>
        <source>Open socket</source>
        <translation>打开套接字</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="80"/>
        <location filename="../core/services/SocketService.cpp" line="163"/>
        <location filename="../core/services/SocketService.cpp" line="176"/>
        <source>Connect to a module first.</source>
        <translation>请先连接模块。</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="93"/>
        <source>The module opened a socket but did not say its number.</source>
        <translation>模块已打开套接字，但未返回其编号。</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="116"/>
        <source>Socket %1 listens on port %2.</source>
        <translation>套接字 %1 正在监听端口 %2。</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="117"/>
        <source>Socket %1 is open to %2:%3.</source>
        <translation>套接字 %1 已打开，对端为 %2:%3。</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="126"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="129"/>
        <location filename="../core/services/SocketService.cpp" line="193"/>
        <source>Socket %1 is not open.</source>
        <translation>套接字 %1 未打开。</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="131"/>
        <source>There is nothing to send.</source>
        <translation>没有要发送的数据。</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="133"/>
        <source>Send at least once.</source>
        <translation>发送次数至少为 1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/services/SocketService.cpp" line="155"/>
        <source>Sent %n byte(s) on socket %1.</source>
        <translation>
            <numerusform>已通过套接字 %1 发送 %n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="161"/>
        <source>Close socket</source>
        <translation>关闭套接字</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="168"/>
        <source>Socket %1 closed.</source>
        <translation>套接字 %1 已关闭。</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="174"/>
        <source>Close all sockets</source>
        <translation>关闭所有套接字</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="183"/>
        <source>Every socket closed.</source>
        <translation>所有套接字均已关闭。</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="189"/>
        <source>Enter data mode</source>
        <translation>进入数据模式</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="203"/>
        <source>Socket %1 is in data mode: every byte goes to the peer.</source>
        <translation>套接字 %1 处于数据模式：所有字节都将发送到对端。</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="22"/>
        <location filename="../core/services/SocketService.cpp" line="211"/>
        <source>Leave data mode</source>
        <translation>退出数据模式</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="23"/>
        <source>Socket %1 left data mode: the module takes commands again.</source>
        <translation>套接字 %1 已退出数据模式，模块重新接受命令。</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="289"/>
        <source>Read socket %1</source>
        <translation>读取套接字 %1</translation>
    </message>
</context>
<context>
    <name>SocketsModel</name>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="113"/>
        <source>Opening</source>
        <translation>正在打开</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="115"/>
        <source>Open</source>
        <translation>已打开</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="117"/>
        <source>Listening</source>
        <translation>监听中</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="119"/>
        <source>Data mode</source>
        <translation>数据模式</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="121"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="130"/>
        <source>TCP client</source>
        <translation>TCP 客户端</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="132"/>
        <source>TCP server</source>
        <translation>TCP 服务器</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="134"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="136"/>
        <source>TLS client</source>
        <translation>TLS 客户端</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="163"/>
        <source>accepted by %1</source>
        <translation>由套接字 %1 接受</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="187"/>
        <source>Socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="189"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="191"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="193"/>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="195"/>
        <source>Bytes in</source>
        <translation>接收字节数</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="197"/>
        <source>Bytes out</source>
        <translation>发送字节数</translation>
    </message>
</context>
<context>
    <name>SocketsPanel</name>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="64"/>
        <source>Open in data (transparent) mode</source>
        <translation>以数据（透传）模式打开</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="65"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="67"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="68"/>
        <source>Close all</source>
        <translation>全部关闭</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="69"/>
        <source>Remove closed</source>
        <translation>移除已关闭项</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="70"/>
        <source>Enter data mode</source>
        <translation>进入数据模式</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="71"/>
        <source>Leave data mode</source>
        <translation>退出数据模式</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="72"/>
        <location filename="../ui/panels/SocketsPanel.cpp" line="387"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="74"/>
        <location filename="../ui/panels/SocketsPanel.cpp" line="386"/>
        <source>Received</source>
        <translation>接收的数据</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="85"/>
        <source>e.g. 192.168.1.10 or example.com</source>
        <translation>例如 192.168.1.10 或 example.com</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="88"/>
        <source>1-65535</source>
        <translation>1-65535</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="91"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="108"/>
        <source>TCP client</source>
        <translation>TCP 客户端</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="109"/>
        <source>TCP server</source>
        <translation>TCP 服务器</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="110"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="111"/>
        <source>TLS client</source>
        <translation>TLS 客户端</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="120"/>
        <source>Open a socket</source>
        <translation>打开套接字</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="123"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="124"/>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="126"/>
        <source>Local port:</source>
        <translation>本地端口：</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="155"/>
        <source>Sockets</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="271"/>
        <location filename="../ui/panels/SocketsPanel.cpp" line="272"/>
        <location filename="../ui/panels/SocketsPanel.cpp" line="355"/>
        <source>Connect to a module first.</source>
        <translation>请先连接模块。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="300"/>
        <source>A server listens on the module&apos;s own address.</source>
        <translation>服务器在模块自身的地址上监听。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="301"/>
        <source>Listen port:</source>
        <translation>监听端口：</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="301"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="305"/>
        <source>Empty or 0: the module picks one.</source>
        <translation>留空或填 0：由模块自动选择。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="306"/>
        <source>Only a UDP socket takes its own local port here.</source>
        <translation>此处只有 UDP 套接字可以指定本地端口。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="332"/>
        <location filename="../ui/panels/SocketsPanel.cpp" line="338"/>
        <source>Enter the port as a number.</source>
        <translation>请以数字形式输入端口。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="359"/>
        <location filename="../ui/panels/SocketsPanel.cpp" line="399"/>
        <source>Leave data mode first: the module takes no commands meanwhile.</source>
        <translation>请先退出数据模式：在此期间模块不接受任何命令。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="382"/>
        <source>Received on socket %1</source>
        <translation>套接字 %1 接收的数据</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="383"/>
        <source>Send on socket %1</source>
        <translation>通过套接字 %1 发送</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="404"/>
        <source>Select a socket in the table.</source>
        <translation>请在表格中选择一个套接字。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="406"/>
        <source>Socket %1 is closed.</source>
        <translation>套接字 %1 已关闭。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="408"/>
        <source>A listening socket has no peer: select a connection it accepted.</source>
        <translation>监听套接字没有对端：请选择它已接受的某个连接。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="410"/>
        <source>Socket %1 is still opening.</source>
        <translation>套接字 %1 仍在打开中。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="418"/>
        <source>Select an open socket in the table.</source>
        <translation>请在表格中选择一个已打开的套接字。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="431"/>
        <source>Every byte sent and received goes straight to and from the peer.</source>
        <translation>所有发送和接收的字节都直接与对端传输。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="432"/>
        <source>Select an open socket with a peer, not in data mode.</source>
        <translation>请选择一个有对端且未处于数据模式的已打开套接字。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="434"/>
        <source>No socket is in data mode.</source>
        <translation>没有处于数据模式的套接字。</translation>
    </message>
</context>
<context>
    <name>StatusService</name>
    <message>
        <location filename="../core/services/StatusService.cpp" line="98"/>
        <location filename="../core/services/StatusService.cpp" line="142"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="104"/>
        <source>The connection came back: reading again.</source>
        <translation>连接已恢复：正在重新读取。</translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="106"/>
        <source>The module restarted: reading again.</source>
        <translation>模块已重启：正在重新读取。</translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="110"/>
        <location filename="../core/services/StatusService.cpp" line="136"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="145"/>
        <source>The connection was lost: waiting for it to come back.</source>
        <translation>连接已断开：正在等待恢复。</translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="241"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="276"/>
        <source>%1 gave no value.</source>
        <translation>%1 未返回值。</translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="305"/>
        <source>the module&apos;s message &quot;%1&quot;</source>
        <translation>模块消息“%1”</translation>
    </message>
</context>
<context>
    <name>TcpTransport</name>
    <message>
        <location filename="../core/transport/TcpTransport.cpp" line="19"/>
        <source>The serial server %1:%2 closed the connection.</source>
        <translation>串口服务器 %1:%2 关闭了连接。</translation>
    </message>
    <message>
        <location filename="../core/transport/TcpTransport.cpp" line="29"/>
        <source>Serial server %1:%2: %3</source>
        <translation>串口服务器 %1:%2：%3</translation>
    </message>
</context>
<context>
    <name>TerminalView</name>
    <message>
        <location filename="../ui/TerminalView.cpp" line="52"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="109"/>
        <source>Not connected: choose a port (or the virtual module) above and connect, then send.</source>
        <translation>未连接：请在上方选择端口（或虚拟模块）并连接，然后再发送。</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="156"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="162"/>
        <location filename="../ui/TerminalView.cpp" line="169"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="163"/>
        <source>Stop adding rows to the view; they are held back (and logged) until you resume</source>
        <translation>停止向视图添加新行；新行将被暂存（并记录日志），直到恢复</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="169"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="173"/>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="173"/>
        <source>Keep the newest row in view</source>
        <translation>始终显示最新一行</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="180"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="180"/>
        <source>Show the bytes of every row as a hex dump</source>
        <translation>以十六进制转储显示每行的字节</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="185"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="185"/>
        <source>Find in the terminal</source>
        <translation>在终端中查找</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="187"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="187"/>
        <source>Copy the selected rows as text</source>
        <translation>以文本形式复制所选行</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="189"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="189"/>
        <source>Clear the view (the session log keeps everything)</source>
        <translation>清空视图（会话日志保留全部内容）</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="195"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="337"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="355"/>
        <source>Macro &quot;%1&quot; stopped: %2</source>
        <translation>宏“%1”已停止：%2</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="436"/>
        <source>No session log yet: it starts when you connect.</source>
        <translation>暂无会话日志：连接后开始记录。</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="437"/>
        <source>Session log: %1</source>
        <translation>会话日志：%1</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="440"/>
        <source>Everything sent and received is written to the session log; the terminal shows the newest %L1 rows.</source>
        <translation>所有收发数据均写入会话日志；终端显示最新的 %L1 行。</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="445"/>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="447"/>
        <source>Paused, held back: %1</source>
        <translation>已暂停，暂存：%1</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="450"/>
        <source> · %1 older ones only in the session log</source>
        <translation> · 另有 %1 条较早的记录仅保存在会话日志中</translation>
    </message>
</context>
<context>
    <name>TrafficFormatter</name>
    <message>
        <location filename="../ui/terminal/TrafficFormatter.cpp" line="66"/>
        <source>cut, length %1: the hex view shows all</source>
        <translation>已截断，长度 %1：十六进制视图可显示全部</translation>
    </message>
    <message>
        <location filename="../ui/terminal/TrafficFormatter.cpp" line="115"/>
        <source>echo</source>
        <translation>回显</translation>
    </message>
    <message>
        <location filename="../ui/terminal/TrafficFormatter.cpp" line="118"/>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location filename="../ui/terminal/TrafficFormatter.cpp" line="121"/>
        <source>prompt</source>
        <translation>提示符</translation>
    </message>
    <message>
        <location filename="../ui/terminal/TrafficFormatter.cpp" line="128"/>
        <source>data, length %1</source>
        <translation>数据，长度 %1</translation>
    </message>
    <message>
        <location filename="../ui/terminal/TrafficFormatter.cpp" line="181"/>
        <source>payload, length %1</source>
        <translation>负载，长度 %1</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <location filename="../ui/terminal/TrafficModel.cpp" line="199"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <location filename="../core/log/Transcript.cpp" line="31"/>
        <source>backslash at end of line</source>
        <translation>行尾有反斜杠</translation>
    </message>
    <message>
        <location filename="../core/log/Transcript.cpp" line="54"/>
        <source>\x needs exactly two hex digits; taken as written</source>
        <translation>\x 后必须恰好是两位十六进制数字；按原样处理</translation>
    </message>
    <message>
        <location filename="../core/log/Transcript.cpp" line="66"/>
        <source>unknown escape \%1; taken as written</source>
        <translation>未知转义 \%1；按原样处理</translation>
    </message>
    <message>
        <location filename="../core/log/Transcript.cpp" line="145"/>
        <source>bad time stamp</source>
        <translation>时间戳无效</translation>
    </message>
    <message>
        <location filename="../core/log/Transcript.cpp" line="156"/>
        <source>line does not start with &lt;&lt; or &gt;&gt;; skipped</source>
        <translation>行首不是 &lt;&lt; 或 &gt;&gt;；已跳过</translation>
    </message>
    <message>
        <location filename="../core/log/Transcript.cpp" line="164"/>
        <source>no space after the direction marker</source>
        <translation>方向标记后缺少空格</translation>
    </message>
</context>
<context>
    <name>WifiCommands</name>
    <message>
        <location filename="../core/dialects/commands/WifiCommands.cpp" line="27"/>
        <location filename="../core/dialects/commands/WifiCommands.cpp" line="96"/>
        <source>Open</source>
        <translation>开放</translation>
    </message>
</context>
<context>
    <name>WifiPanel</name>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="40"/>
        <source>Connect to a module first.</source>
        <translation>请先连接模块。</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="98"/>
        <source>Link</source>
        <translation>链路</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="111"/>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="112"/>
        <source>Network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="113"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="284"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="355"/>
        <source>IP address:</source>
        <translation>IP 地址：</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="114"/>
        <source>Signal:</source>
        <translation>信号：</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="120"/>
        <source>Networks in range</source>
        <translation>范围内的网络</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="122"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="624"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="126"/>
        <source>Filter by name, BSSID or security</source>
        <translation>按名称、BSSID 或安全类型过滤</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="150"/>
        <source>Click a network to fill in the join form.</source>
        <translation>单击某个网络即可填入下方的加入表单。</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="174"/>
        <source>This session only</source>
        <translation>仅本次会话</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="175"/>
        <source>Save to flash</source>
        <translation>保存到 Flash</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="176"/>
        <source>Keep settings:</source>
        <translation>保留设置：</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="206"/>
        <source>Join a network (station)</source>
        <translation>加入网络（Station）</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="221"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="315"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="232"/>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="235"/>
        <source>Static</source>
        <translation>静态</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="252"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="255"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="258"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="261"/>
        <source>Join</source>
        <translation>加入网络</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="264"/>
        <source>Leave</source>
        <translation>断开网络</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="280"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="351"/>
        <source>SSID:</source>
        <translation>SSID：</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="281"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="353"/>
        <source>Security:</source>
        <translation>安全类型：</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="282"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="354"/>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="283"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="285"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="356"/>
        <source>Netmask:</source>
        <translation>子网掩码：</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="286"/>
        <source>Gateway:</source>
        <translation>网关：</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="287"/>
        <source>DNS 1:</source>
        <translation>DNS 1：</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="288"/>
        <source>DNS 2:</source>
        <translation>DNS 2：</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="297"/>
        <source>Access point (soft AP)</source>
        <translation>接入点（SoftAP）</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="333"/>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="335"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="352"/>
        <source>Channel:</source>
        <translation>信道：</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="395"/>
        <source>The Wi-Fi commands of this module are not supported yet.</source>
        <translation>暂不支持此模块的 Wi-Fi 命令。</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="417"/>
        <source>This module&apos;s commands take the address from DHCP only.</source>
        <translation>此模块的命令只能通过 DHCP 获取地址。</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="421"/>
        <source>This module&apos;s join commands do not set DNS servers.</source>
        <translation>此模块的入网命令不设置 DNS 服务器。</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="537"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="545"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="543"/>
        <source>not available on this module</source>
        <translation>此模块不支持</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="547"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="555"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="558"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="561"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="567"/>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="624"/>
        <source>Scanning…</source>
        <translation>正在扫描…</translation>
    </message>
</context>
<context>
    <name>WifiService</name>
    <message>
        <location filename="../core/services/WifiService.cpp" line="35"/>
        <source>This module takes WPA keys of %1 to %2 characters.</source>
        <translation>此模块的 WPA 密钥长度应为 %1 到 %2 个字符。</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="41"/>
        <source>This module takes WEP keys of these lengths only: %1.</source>
        <translation>此模块仅支持以下长度的 WEP 密钥：%1。</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="51"/>
        <source>A BSSID is six hex pairs separated by colons.</source>
        <translation>BSSID 由冒号分隔的六组两位十六进制数组成。</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="74"/>
        <source>This module&apos;s access point uses channels %1 to %2.</source>
        <translation>此模块的接入点使用信道 %1 到 %2。</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="84"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="88"/>
        <source>Connect to a module first.</source>
        <translation>请先连接模块。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/services/WifiService.cpp" line="115"/>
        <source>Found %n access point(s).</source>
        <translation>
            <numerusform>找到 %n 个接入点。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="121"/>
        <source>Join</source>
        <translation>加入网络</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="129"/>
        <source>Joined %1.</source>
        <translation>已加入 %1。</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="136"/>
        <source>Leave</source>
        <translation>断开网络</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="140"/>
        <source>Left the network.</source>
        <translation>已断开网络。</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="145"/>
        <source>Start access point</source>
        <translation>启动接入点</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="153"/>
        <source>Access point %1 is up.</source>
        <translation>接入点 %1 已启动。</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="160"/>
        <source>Stop access point</source>
        <translation>停止接入点</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="164"/>
        <source>Access point stopped.</source>
        <translation>接入点已停止。</translation>
    </message>
</context>
<context>
    <name>Wizfi250Dialect</name>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Dialect.cpp" line="61"/>
        <source>WIZnet WizFi250</source>
        <translation>WIZnet WizFi250</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Parse.cpp" line="213"/>
        <source>Command request failed</source>
        <translation>命令请求失败</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Parse.cpp" line="215"/>
        <source>Wrong command or parameter</source>
        <translation>命令或参数错误</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Parse.cpp" line="217"/>
        <source>Wrong socket ID</source>
        <translation>套接字 ID 错误</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Parse.cpp" line="219"/>
        <source>Wrong Wi-Fi status (some commands work only while Wi-Fi is joined)</source>
        <translation>Wi-Fi 状态错误（部分命令仅在已加入 Wi-Fi 时可用）</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Parse.cpp" line="223"/>
        <source>Wrong mode status (some commands do not work in data mode)</source>
        <translation>模式状态错误（部分命令在数据模式下不可用）</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Parse.cpp" line="225"/>
        <source>Module error: %1</source>
        <translation>模块错误：%1</translation>
    </message>
</context>
<context>
    <name>Wizfi250DialectCatalog</name>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="25"/>
        <source>Checks the AT command terminal.</source>
        <translation>检查 AT 命令终端。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="29"/>
        <source>Joins the configured access point (station) or starts the soft AP.</source>
        <translation>加入已配置的接入点（Station）或启动 SoftAP。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="33"/>
        <source>Leaves the access point or stops the soft AP.</source>
        <translation>断开接入点或停止 SoftAP。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="36"/>
        <source>Scans for access points; SSID, BSSID and channel are optional filters.</source>
        <translation>扫描接入点；可选按 SSID、BSSID 和信道过滤。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="40"/>
        <source>Sets or shows the Wi-Fi mode (0 station, 1 soft AP), SSID, BSSID and channel.</source>
        <translation>设置或显示 Wi-Fi 模式（0 Station，1 SoftAP）、SSID、BSSID 和信道。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="45"/>
        <source>Sets or shows the security type and key.</source>
        <translation>设置或显示安全类型和密钥。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="48"/>
        <source>Sets or shows DHCP or the static IP address, subnet mask and gateway.</source>
        <translation>设置或显示 DHCP 或静态 IP 地址、子网掩码和网关。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="52"/>
        <source>Shows the current Wi-Fi status.</source>
        <translation>显示当前 Wi-Fi 状态。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="54"/>
        <source>Sets or shows the country code (ISO 3166-1 alpha-2).</source>
        <translation>设置或显示国家/地区代码（ISO 3166-1 alpha-2）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="58"/>
        <source>Connects with WPS by push button (0) or PIN (1).</source>
        <translation>通过按键 (0) 或 PIN 码 (1) 方式进行 WPS 连接。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="62"/>
        <source>Sets or shows the antenna type.</source>
        <translation>设置或显示天线类型。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="64"/>
        <source>Starts Wi-Fi Direct.</source>
        <translation>启动 Wi-Fi Direct。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="66"/>
        <source>Stops Wi-Fi Direct.</source>
        <translation>停止 Wi-Fi Direct。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="68"/>
        <source>Shows the Wi-Fi Direct peer list.</source>
        <translation>显示 Wi-Fi Direct 对等设备列表。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="70"/>
        <source>Invites a Wi-Fi Direct peer.</source>
        <translation>邀请 Wi-Fi Direct 对等设备。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="72"/>
        <source>Checks the Wi-Fi link with pings and re-associates when it fails.</source>
        <translation>通过 Ping 检查 Wi-Fi 链路，失败时重新关联。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="76"/>
        <source>Adds DNS servers.</source>
        <translation>添加 DNS 服务器。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="81"/>
        <source>Opens a TCP/UDP client or server socket, or shows the last parameters.</source>
        <translation>打开 TCP/UDP 客户端或服务器套接字，或显示上次的参数。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="85"/>
        <source>Closes a socket (or ALL), or lists the open sockets.</source>
        <translation>关闭一个套接字（或 ALL 全部），或列出已打开的套接字。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="89"/>
        <source>Sends &lt;SendSize&gt; bytes on a socket in command mode.</source>
        <translation>在命令模式下通过套接字发送 &lt;SendSize&gt; 字节。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="92"/>
        <source>Returns to data mode.</source>
        <translation>返回数据模式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="95"/>
        <source>Sets or shows the header form of data received in command mode.</source>
        <translation>设置或显示命令模式下接收数据的报头格式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="99"/>
        <source>Sets a miscellaneous option: 10 is the &apos;+++&apos; escape timer.</source>
        <translation>设置杂项选项：10 为 &apos;+++&apos; 转义计时器。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="104"/>
        <source>Shows, loads or saves the profile (VD, VG, L, S).</source>
        <translation>显示、加载或保存配置文件（VD、VG、L、S）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="108"/>
        <source>Performs a factory reset.</source>
        <translation>恢复出厂设置。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="110"/>
        <source>Performs a system reset.</source>
        <translation>执行系统复位。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="112"/>
        <source>Sets or shows the message print level.</source>
        <translation>设置或显示消息打印级别。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="115"/>
        <source>Sets or shows the MAC address.</source>
        <translation>设置或显示 MAC 地址。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="117"/>
        <source>Shows the firmware and hardware versions.</source>
        <translation>显示固件和硬件版本。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="120"/>
        <source>Sets or shows the echo mode.</source>
        <translation>设置或显示回显模式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="122"/>
        <source>Prints the command descriptions and their usage.</source>
        <translation>打印命令说明及其用法。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="126"/>
        <source>Enables or disables MCU power save; the serial port is unusable while it is on.</source>
        <translation>启用或禁用 MCU 省电模式；开启期间串口不可用。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="131"/>
        <source>Enables, disables or shows Wi-Fi power save.</source>
        <translation>启用、禁用或显示 Wi-Fi 省电模式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="134"/>
        <source>Changes or shows the web server&apos;s user ID and password.</source>
        <translation>修改或显示 Web 服务器的用户 ID 和密码。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="138"/>
        <source>Sets or shows the UART configuration.</source>
        <translation>设置或显示 UART 配置。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="140"/>
        <source>Sets or shows the host interface (UART or SPI) and the SPI option.</source>
        <translation>设置或显示主机接口（UART 或 SPI）及 SPI 选项。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="144"/>
        <source>Custom GPIO setting; the guide marks it TBD.</source>
        <translation>自定义 GPIO 设置；指南中标注为 TBD（待定）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="147"/>
        <source>Sets or shows the custom code.</source>
        <translation>设置或显示自定义代码。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="149"/>
        <source>Configures or shows the Air Command server (AT commands over Wi-Fi).</source>
        <translation>配置或显示 Air Command 服务器（通过 Wi-Fi 执行 AT 命令）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="153"/>
        <source>Sets whether [LISTEN x] is printed when a TCP server socket opens.</source>
        <translation>设置 TCP 服务器套接字打开时是否打印 [LISTEN x]。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="157"/>
        <source>Sets or shows the form of each event message.</source>
        <translation>设置或显示各事件消息的格式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="161"/>
        <source>Pings an IP address.</source>
        <translation>Ping 一个 IP 地址。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="163"/>
        <source>Resolves a host name (DNS query).</source>
        <translation>解析主机名（DNS 查询）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="165"/>
        <source>Starts or stops the web server, or shows its status.</source>
        <translation>启动或停止 Web 服务器，或显示其状态。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="171"/>
        <source>Reads (0), writes (1) or configures (2) a GPIO, or shows all GPIO settings.</source>
        <translation>读取 (0)、写入 (1) 或配置 (2) GPIO，或显示所有 GPIO 设置。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="176"/>
        <source>Sets or shows the socket extension options.</source>
        <translation>设置或显示套接字扩展选项。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="179"/>
        <source>Launches OTA mode to update the firmware over Wi-Fi.</source>
        <translation>进入 OTA 模式，通过 Wi-Fi 升级固件。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="183"/>
        <source>Web server option; the guide marks it TBD.</source>
        <translation>Web 服务器选项；指南中标注为 TBD（待定）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="187"/>
        <source>Sets or shows an SSID that contains special characters (firmware, not in the manual).</source>
        <translation>设置或显示包含特殊字符的 SSID（固件支持，手册未载）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="192"/>
        <source>Sets or shows the transmit power, 0-31 dBm (firmware, not in the manual).</source>
        <translation>设置或显示发射功率，0-31 dBm（固件支持，手册未载）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="197"/>
        <source>Sets or shows the MQTT user name, password, client ID and keep-alive time (firmware, not in the manual).</source>
        <translation>设置或显示 MQTT 用户名、密码、客户端 ID 和保活时间（固件支持，手册未载）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="202"/>
        <source>Connects to (1) or disconnects from (0) an MQTT broker, or shows the status (firmware, not in the manual).</source>
        <translation>连接 (1) 或断开 (0) MQTT 代理服务器，或显示状态（固件支持，手册未载）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="207"/>
        <source>Subscribes to (1) or unsubscribes from (0) an MQTT topic (firmware, not in the manual).</source>
        <translation>订阅 (1) 或取消订阅 (0) MQTT 主题（固件支持，手册未载）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="212"/>
        <source>Publishes &lt;Length&gt; bytes to an MQTT topic (firmware, not in the manual).</source>
        <translation>向 MQTT 主题发布 &lt;Length&gt; 字节（固件支持，手册未载）。</translation>
    </message>
</context>
<context>
    <name>Wizfi250GpioCommands</name>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250GpioCommands.cpp" line="86"/>
        <source>The module did not list GPIO %1.</source>
        <translation>模块未列出 GPIO %1。</translation>
    </message>
</context>
<context>
    <name>Wizfi250SocketCommands</name>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="98"/>
        <source>The WizFi250 opens a socket in data mode only when no other socket is open. Close the others first.</source>
        <translation>WizFi250 仅在没有其他套接字打开时才能以数据模式打开套接字。请先关闭其他套接字。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="101"/>
        <source>All 8 sockets of the WizFi250 are in use.</source>
        <translation>WizFi250 的 8 个套接字均已占用。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="107"/>
        <source>A TCP server needs the port to listen on.</source>
        <translation>TCP 服务器需要指定监听端口。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="112"/>
        <source>Listening on port %1</source>
        <translation>正在监听端口 %1</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="128"/>
        <source>A UDP socket without a peer needs a local port to listen on.</source>
        <translation>没有对端的 UDP 套接字需要指定本地监听端口。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="131"/>
        <source>UDP on port %1</source>
        <translation>端口 %1 上的 UDP</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="136"/>
        <source>The peer&apos;s port is missing.</source>
        <translation>缺少对端端口。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="152"/>
        <source>The module found no address for %1.</source>
        <translation>模块未找到 %1 的地址。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="159"/>
        <source>&quot;%1&quot; is neither an IPv4 address nor a host name.</source>
        <translation>“%1”既不是 IPv4 地址，也不是主机名。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="166"/>
        <source>Connecting to %1:%2</source>
        <translation>正在连接到 %1:%2</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="174"/>
        <source>Nothing to send.</source>
        <translation>没有要发送的数据。</translation>
    </message>
</context>
<context>
    <name>Wizfi250WifiCommands</name>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250WifiCommands.cpp" line="141"/>
        <source>The BSSID is not six hex bytes (xx:xx:xx:xx:xx:xx).</source>
        <translation>BSSID 不是六个十六进制字节（xx:xx:xx:xx:xx:xx）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250WifiCommands.cpp" line="148"/>
        <source>Static addressing needs an IPv4 address, netmask and gateway.</source>
        <translation>静态地址需要 IPv4 地址、子网掩码和网关。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250WifiCommands.cpp" line="153"/>
        <source>A DNS server must be an IPv4 address.</source>
        <translation>DNS 服务器必须是 IPv4 地址。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250WifiCommands.cpp" line="156"/>
        <source>Give the first DNS server before the second.</source>
        <translation>请先指定第一个 DNS 服务器，再指定第二个。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250WifiCommands.cpp" line="196"/>
        <source>The module did not join &quot;%1&quot;. Check the key and the security type, and that the network is in range.</source>
        <translation>模块未能加入“%1”。请检查密钥和安全类型，并确认网络在覆盖范围内。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250WifiCommands.cpp" line="217"/>
        <source>The WizFi250&apos;s soft AP has no WEP.</source>
        <translation>WizFi250 的 SoftAP 不支持 WEP。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250WifiCommands.cpp" line="219"/>
        <source>The WizFi250&apos;s soft AP offers Open, WPA-PSK and WPA2-PSK.</source>
        <translation>WizFi250 的 SoftAP 支持开放、WPA-PSK 和 WPA2-PSK。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250WifiCommands.cpp" line="221"/>
        <source>The channel must be between 1 and 14.</source>
        <translation>信道必须在 1 到 14 之间。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250WifiCommands.cpp" line="223"/>
        <source>The soft AP needs an IPv4 address and netmask.</source>
        <translation>SoftAP 需要 IPv4 地址和子网掩码。</translation>
    </message>
</context>
<context>
    <name>Wizfi310Dialect</name>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="53"/>
        <source>WIZnet WizFi310</source>
        <translation>WIZnet WizFi310</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="269"/>
        <source>Command request failed.</source>
        <translation>命令请求失败。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="271"/>
        <source>Wrong command or parameter.</source>
        <translation>命令或参数错误。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="273"/>
        <source>Wrong socket ID.</source>
        <translation>套接字 ID 错误。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="275"/>
        <source>Wrong Wi-Fi status: the command works only while Wi-Fi is joined.</source>
        <translation>Wi-Fi 状态错误：该命令仅在已加入 Wi-Fi 时可用。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="278"/>
        <source>Wrong mode status: the command does not work in data mode.</source>
        <translation>模式状态错误：该命令在数据模式下不可用。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="280"/>
        <source>The module reported an error: %1</source>
        <translation>模块报告错误：%1</translation>
    </message>
</context>
<context>
    <name>Wizfi310DialectCatalog</name>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="23"/>
        <source>Checks the AT command terminal.</source>
        <translation>检查 AT 命令终端。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="27"/>
        <source>Joins the configured access point (station) or starts the soft AP.</source>
        <translation>加入已配置的接入点（Station）或启动 SoftAP。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="31"/>
        <source>Leaves the access point or stops the soft AP.</source>
        <translation>断开接入点或停止 SoftAP。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="34"/>
        <source>Scans for access points; SSID, BSSID and channel are optional filters.</source>
        <translation>扫描接入点；可选按 SSID、BSSID 和信道过滤。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="38"/>
        <source>Sets or shows the Wi-Fi mode (0 station, 1 soft AP), SSID, BSSID and channel.</source>
        <translation>设置或显示 Wi-Fi 模式（0 Station，1 SoftAP）、SSID、BSSID 和信道。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="43"/>
        <source>Sets or shows an SSID that contains special characters.</source>
        <translation>设置或显示包含特殊字符的 SSID。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="47"/>
        <source>Sets or shows the security type and key.</source>
        <translation>设置或显示安全类型和密钥。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="50"/>
        <source>Sets or shows DHCP or the static IP address, subnet mask and gateway.</source>
        <translation>设置或显示 DHCP 或静态 IP 地址、子网掩码和网关。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="54"/>
        <source>Shows the current Wi-Fi status.</source>
        <translation>显示当前 Wi-Fi 状态。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="56"/>
        <source>Connects with WPS by push button (0) or PIN (1).</source>
        <translation>通过按键 (0) 或 PIN 码 (1) 方式进行 WPS 连接。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="60"/>
        <source>Adds DNS servers.</source>
        <translation>添加 DNS 服务器。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="65"/>
        <source>Opens a TCP/UDP client or server socket, or shows the last parameters.</source>
        <translation>打开 TCP/UDP 客户端或服务器套接字，或显示上次的参数。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="69"/>
        <source>Closes a socket (or ALL), or lists the open sockets.</source>
        <translation>关闭一个套接字（或 ALL 全部），或列出已打开的套接字。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="73"/>
        <source>Sends &lt;SendSize&gt; bytes on a socket in command mode.</source>
        <translation>在命令模式下通过套接字发送 &lt;SendSize&gt; 字节。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="76"/>
        <source>Returns to data mode.</source>
        <translation>返回数据模式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="79"/>
        <source>Sets or shows the header form of data received in command mode.</source>
        <translation>设置或显示命令模式下接收数据的报头格式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="83"/>
        <source>Sets a socket option (keep-alive, TCP_NODELAY, TTL...).</source>
        <translation>设置套接字选项（keep-alive、TCP_NODELAY、TTL...）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="87"/>
        <source>Sets a miscellaneous option: 10 is the &apos;+++&apos; escape timer.</source>
        <translation>设置杂项选项：10 为 &apos;+++&apos; 转义计时器。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="92"/>
        <source>Shows, loads or saves the profile (VD, VG, L, S).</source>
        <translation>显示、加载或保存配置文件（VD、VG、L、S）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="96"/>
        <source>Performs a factory reset.</source>
        <translation>恢复出厂设置。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="98"/>
        <source>Performs a system reset.</source>
        <translation>执行系统复位。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="100"/>
        <source>Sets or shows the message print level.</source>
        <translation>设置或显示消息打印级别。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="103"/>
        <source>Sets or shows the MAC address.</source>
        <translation>设置或显示 MAC 地址。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="105"/>
        <source>Shows the firmware and hardware versions.</source>
        <translation>显示固件和硬件版本。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="108"/>
        <source>Sets or shows the echo mode.</source>
        <translation>设置或显示回显模式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="110"/>
        <source>Prints the command descriptions and their usage.</source>
        <translation>打印命令说明及其用法。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="114"/>
        <source>MCU power save; the manual says it is currently not available.</source>
        <translation>MCU 省电模式；手册称目前不可用。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="118"/>
        <source>Enables, disables or shows Wi-Fi power save.</source>
        <translation>启用、禁用或显示 Wi-Fi 省电模式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="121"/>
        <source>Sets or shows the UART configuration.</source>
        <translation>设置或显示 UART 配置。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="123"/>
        <source>Sets or shows the custom code.</source>
        <translation>设置或显示自定义代码。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="125"/>
        <source>Configures or shows the Air Command server (AT commands over Wi-Fi).</source>
        <translation>配置或显示 Air Command 服务器（通过 Wi-Fi 执行 AT 命令）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="129"/>
        <source>Sets whether [LISTEN x] is printed when a TCP server socket opens.</source>
        <translation>设置 TCP 服务器套接字打开时是否打印 [LISTEN x]。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="133"/>
        <source>Sets or shows the form of each event message.</source>
        <translation>设置或显示各事件消息的格式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="136"/>
        <source>Upgrades the firmware over the serial port (XMODEM).</source>
        <translation>通过串口升级固件（XMODEM）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="141"/>
        <source>Pings an IP address.</source>
        <translation>Ping 一个 IP 地址。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="143"/>
        <source>Resolves a host name (DNS query).</source>
        <translation>解析主机名（DNS 查询）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="149"/>
        <source>Initialises a GPIO as input (0) or output (1), reads (2) or writes (3) it, or lists the available GPIOs.</source>
        <translation>将 GPIO 初始化为输入 (0) 或输出 (1)，读取 (2) 或写入 (3) GPIO，或列出可用的 GPIO。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="154"/>
        <source>Reads the ADC value.</source>
        <translation>读取 ADC 值。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="156"/>
        <source>Sets or shows the socket extension options.</source>
        <translation>设置或显示套接字扩展选项。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="159"/>
        <source>Launches OTA mode to update the firmware from a server.</source>
        <translation>进入 OTA 模式，从服务器升级固件。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="164"/>
        <source>Sets or shows the MQTT user name, password, client ID and keep-alive time.</source>
        <translation>设置或显示 MQTT 用户名、密码、客户端 ID 和保活时间。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="169"/>
        <source>Connects to or disconnects from an MQTT broker, or shows the connection status.</source>
        <translation>连接或断开 MQTT 代理服务器，或显示连接状态。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="174"/>
        <source>Subscribes to (1) or unsubscribes from (0) an MQTT topic.</source>
        <translation>订阅 (1) 或取消订阅 (0) MQTT 主题。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="178"/>
        <source>Publishes &lt;Length&gt; bytes to an MQTT topic.</source>
        <translation>向 MQTT 主题发布 &lt;Length&gt; 字节。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="184"/>
        <source>Configures and connects or disconnects GMMP (SK Telecom M2M).</source>
        <translation>配置并连接或断开 GMMP（SK Telecom M2M）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="188"/>
        <source>Sets or sends GMMP data.</source>
        <translation>设置或发送 GMMP 数据。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="190"/>
        <source>Manages the GMMP options.</source>
        <translation>管理 GMMP 选项。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="194"/>
        <source>Connects to or disconnects from ThingPlug with its authorisation data.</source>
        <translation>使用授权数据连接或断开 ThingPlug。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="199"/>
        <source>Registers or deletes the device on ThingPlug.</source>
        <translation>在 ThingPlug 上注册或删除设备。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="202"/>
        <source>Creates or deletes a ThingPlug container.</source>
        <translation>创建或删除 ThingPlug 容器。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="205"/>
        <source>Sends data to ThingPlug.</source>
        <translation>向 ThingPlug 发送数据。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="207"/>
        <source>Registers or deletes a management command on ThingPlug.</source>
        <translation>在 ThingPlug 上注册或删除管理命令。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="211"/>
        <source>Answers a ThingPlug management command.</source>
        <translation>应答 ThingPlug 管理命令。</translation>
    </message>
</context>
<context>
    <name>Wizfi310GpioCommands</name>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310GpioCommands.cpp" line="69"/>
        <source>An output pin takes no pull resistor.</source>
        <translation>输出引脚不能使用上拉/下拉电阻。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310GpioCommands.cpp" line="88"/>
        <source>The module did not answer with a level (0 or 1).</source>
        <translation>模块未返回电平（0 或 1）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310GpioCommands.cpp" line="100"/>
        <source>The WizFi310 has one ADC input.</source>
        <translation>WizFi310 只有一个 ADC 输入。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310GpioCommands.cpp" line="105"/>
        <source>The module did not answer with an ADC reading.</source>
        <translation>模块未返回 ADC 读数。</translation>
    </message>
</context>
<context>
    <name>Wizfi310MqttCommands</name>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="59"/>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="60"/>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="61"/>
        <source>client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="67"/>
        <source>The WizFi310 takes at most 50 characters for the %1.</source>
        <translation>WizFi310 的%1最多只能有 50 个字符。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="70"/>
        <source>The WizFi310 takes a keep-alive of 30 to 300 seconds.</source>
        <translation>WizFi310 的保活时间为 30 到 300 秒。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="73"/>
        <source>The WizFi310 has no setting for a persistent session (clean session off).</source>
        <translation>WizFi310 没有持久会话（关闭 clean session）的设置项。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="75"/>
        <source>The broker must be an IPv4 address or a host name.</source>
        <translation>代理服务器必须是 IPv4 地址或主机名。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="101"/>
        <source>The module did not resolve &quot;%1&quot;.</source>
        <translation>模块未能解析“%1”。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="136"/>
        <source>The WizFi310 subscribes with QoS 0 only.</source>
        <translation>WizFi310 仅支持以 QoS 0 订阅。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="155"/>
        <source>The topic contains a control character.</source>
        <translation>主题包含控制字符。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="157"/>
        <source>The WizFi310 publishes with QoS 0 only.</source>
        <translation>WizFi310 仅支持以 QoS 0 发布。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="159"/>
        <source>The WizFi310 cannot publish retained messages.</source>
        <translation>WizFi310 无法发布保留消息。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="162"/>
        <source>The WizFi310 cannot publish an empty message (the length is at least 1).</source>
        <translation>WizFi310 无法发布空消息（长度至少为 1）。</translation>
    </message>
</context>
<context>
    <name>Wizfi310SocketCommands</name>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310SocketCommands.cpp" line="93"/>
        <source>The WizFi310 has data mode on one socket only, with no other socket open: close the other sockets first.</source>
        <translation>WizFi310 只能在一个套接字上使用数据模式，且不能有其他套接字打开：请先关闭其他套接字。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310SocketCommands.cpp" line="99"/>
        <source>The host must be an IPv4 address or a name without commas or spaces.</source>
        <translation>主机必须是 IPv4 地址或不含逗号和空格的名称。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310SocketCommands.cpp" line="103"/>
        <source>A WizFi310 server needs a port to listen on: port 0 is an error.</source>
        <translation>WizFi310 服务器需要指定监听端口：端口 0 会导致错误。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310SocketCommands.cpp" line="194"/>
        <source>The module could not open a connection to %1 (it closed socket %2 at once).</source>
        <translation>模块无法打开到 %1 的连接（它立即关闭了套接字 %2）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310SocketCommands.cpp" line="201"/>
        <source>Socket %1 to %2 closed right after it opened.</source>
        <translation>到 %2 的套接字 %1 在打开后立即关闭。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310SocketCommands.cpp" line="219"/>
        <source>There is nothing to send.</source>
        <translation>没有要发送的数据。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310SocketCommands.cpp" line="256"/>
        <source>Socket %1 is not open.</source>
        <translation>套接字 %1 未打开。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310SocketCommands.cpp" line="260"/>
        <source>Socket %1 was not opened in data mode: the WizFi310 enters data mode only on a socket opened with the data mode option.</source>
        <translation>套接字 %1 不是以数据模式打开的：WizFi310 只能在以数据模式选项打开的套接字上进入数据模式。</translation>
    </message>
</context>
<context>
    <name>Wizfi310WifiCommands</name>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="151"/>
        <source>WPA2-Enterprise</source>
        <translation>WPA2-Enterprise</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="163"/>
        <source>The WizFi310 joins Open, WEP, WPA-PSK and WPA2-PSK networks only.</source>
        <translation>WizFi310 仅支持加入开放、WEP、WPA-PSK 和 WPA2-PSK 网络。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="168"/>
        <source>The BSSID is not six hex bytes (xx:xx:xx:xx:xx:xx).</source>
        <translation>BSSID 不是六个十六进制字节（xx:xx:xx:xx:xx:xx）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="171"/>
        <source>The WizFi310 takes a network name with commas, quotes or non-ASCII characters only through AT+WSET2, which has no BSSID field: leave the BSSID empty.</source>
        <translation>WizFi310 只能通过 AT+WSET2 使用包含逗号、引号或非 ASCII 字符的网络名称，而该命令没有 BSSID 字段：请将 BSSID 留空。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="179"/>
        <source>Static addressing needs an IPv4 address, netmask and gateway.</source>
        <translation>静态地址需要 IPv4 地址、子网掩码和网关。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="184"/>
        <source>A DNS server must be an IPv4 address.</source>
        <translation>DNS 服务器必须是 IPv4 地址。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="187"/>
        <source>Give the first DNS server before the second.</source>
        <translation>请先指定第一个 DNS 服务器，再指定第二个。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="227"/>
        <source>The module did not join &quot;%1&quot;. Check the key and the security type, and that the network is in range.</source>
        <translation>模块未能加入“%1”。请检查密钥和安全类型，并确认网络在覆盖范围内。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="252"/>
        <source>The WizFi310&apos;s soft AP has no WEP.</source>
        <translation>WizFi310 的 SoftAP 不支持 WEP。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="254"/>
        <source>The WizFi310&apos;s soft AP offers Open, WPA-PSK and WPA2-PSK.</source>
        <translation>WizFi310 的 SoftAP 支持开放、WPA-PSK 和 WPA2-PSK。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="256"/>
        <source>The channel must be between 1 and 13.</source>
        <translation>信道必须在 1 到 13 之间。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="259"/>
        <source>The WizFi310 takes a network name with commas, quotes or non-ASCII characters only through AT+WSET2, which has no channel field: the soft AP then runs on its default channel 6.</source>
        <translation>WizFi310 只能通过 AT+WSET2 使用包含逗号、引号或非 ASCII 字符的网络名称，而该命令没有信道字段：此时 SoftAP 使用默认信道 6。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="263"/>
        <source>The soft AP needs an IPv4 address and netmask.</source>
        <translation>SoftAP 需要 IPv4 地址和子网掩码。</translation>
    </message>
</context>
<context>
    <name>Wizfi360Dialect</name>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Detect.cpp" line="61"/>
        <source>ESP-AT module</source>
        <translation>ESP-AT 模块</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="42"/>
        <source>WIZnet WizFi360</source>
        <translation>WIZnet WizFi360</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="413"/>
        <source>AT command input error or execution error.</source>
        <translation>AT 命令输入错误或执行错误。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="424"/>
        <source>The command failed.</source>
        <translation>命令执行失败。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="434"/>
        <source>The network data transmission failed.</source>
        <translation>网络数据传输失败。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="441"/>
        <source>The TCP, UDP or SSL connection is already established.</source>
        <translation>TCP、UDP 或 SSL 连接已建立。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="448"/>
        <source>Could not connect to the broker.</source>
        <translation>无法连接到代理服务器。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="461"/>
        <source>Connection timeout.</source>
        <translation>连接超时。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="463"/>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="465"/>
        <source>Cannot find the target AP.</source>
        <translation>找不到目标 AP。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="467"/>
        <source>Connection failed.</source>
        <translation>连接失败。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="469"/>
        <source>Could not connect to the AP.</source>
        <translation>无法连接到 AP。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Lines.cpp" line="327"/>
        <source>DNS lookup failed.</source>
        <translation>DNS 查询失败。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Lines.cpp" line="332"/>
        <source>Ping timed out.</source>
        <translation>Ping 超时。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Lines.cpp" line="352"/>
        <source>The pin is not in GPIO mode.</source>
        <translation>该引脚不处于 GPIO 模式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Lines.cpp" line="357"/>
        <source>The pin is not in output mode.</source>
        <translation>该引脚不处于输出模式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Lines.cpp" line="362"/>
        <source>There is no such connection.</source>
        <translation>不存在该连接。</translation>
    </message>
</context>
<context>
    <name>Wizfi360DialectCatalog</name>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="25"/>
        <source>Tests AT startup.</source>
        <translation>测试 AT 启动。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="26"/>
        <source>Restarts the module.</source>
        <translation>重启模块。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="29"/>
        <source>Shows the AT version, the SDK version and the compile time.</source>
        <translation>显示 AT 版本、SDK 版本和编译时间。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="33"/>
        <source>Enters deep-sleep mode for &lt;time&gt; milliseconds (1000-65535).</source>
        <translation>进入 Deep-sleep 模式 &lt;time&gt; 毫秒（1000-65535）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="36"/>
        <source>Switches command echo off.</source>
        <translation>关闭命令回显。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="38"/>
        <source>Switches command echo on.</source>
        <translation>打开命令回显。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="41"/>
        <source>Restores the station MAC address (type 0, default) or all settings (type 1) to factory defaults and restarts.</source>
        <translation>将 Station MAC 地址（类型 0，默认）或全部设置（类型 1）恢复为出厂默认值并重启。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="47"/>
        <source>Queries or sets the current UART configuration (not saved in flash).</source>
        <translation>查询或设置当前 UART 配置（不保存到 Flash）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="52"/>
        <source>Queries or sets the default UART configuration (saved in flash).</source>
        <translation>查询或设置默认 UART 配置（保存到 Flash）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="56"/>
        <source>Queries or sets the sleep mode: 0 disabled, 1 light-sleep, 2 modem-sleep.</source>
        <translation>查询或设置睡眠模式：0 禁用，1 Light-sleep，2 Modem-sleep。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="60"/>
        <source>Configures the working mode and pull-up of an IO pin.</source>
        <translation>配置 IO 引脚的工作模式和上拉。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="64"/>
        <source>Reads the working mode and pull-up of an IO pin.</source>
        <translation>读取 IO 引脚的工作模式和上拉。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="68"/>
        <source>Sets a GPIO pin to input (0) or output (1).</source>
        <translation>将 GPIO 引脚设为输入 (0) 或输出 (1)。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="71"/>
        <source>Sets the output level of a GPIO pin.</source>
        <translation>设置 GPIO 引脚的输出电平。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="73"/>
        <source>Reads the direction and level of a GPIO pin.</source>
        <translation>读取 GPIO 引脚的方向和电平。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="77"/>
        <source>Queries or sets the current Wi-Fi mode: 1 station, 2 SoftAP, 3 both (not saved in flash).</source>
        <translation>查询或设置当前 Wi-Fi 模式：1 Station，2 SoftAP，3 两者兼有（不保存到 Flash）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="82"/>
        <source>Queries or sets the Wi-Fi mode saved in flash: 1 station, 2 SoftAP, 3 both.</source>
        <translation>查询或设置保存在 Flash 中的 Wi-Fi 模式：1 Station，2 SoftAP，3 两者兼有。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="87"/>
        <source>Connects to an access point, or shows the one connected to (not saved in flash).</source>
        <translation>连接到接入点，或显示当前连接的接入点（不保存到 Flash）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="92"/>
        <source>Connects to an access point and saves it in flash, or shows the one connected to.</source>
        <translation>连接到接入点并保存到 Flash，或显示当前连接的接入点。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="97"/>
        <source>Sets the sort order and the fields shown by AT+CWLAP.</source>
        <translation>设置 AT+CWLAP 的排序方式和显示字段。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="101"/>
        <source>Lists the available access points, optionally filtered by SSID, MAC and channel.</source>
        <translation>列出可用的接入点，可按 SSID、MAC 和信道过滤。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="106"/>
        <source>Disconnects from the access point.</source>
        <translation>断开与接入点的连接。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="109"/>
        <source>Queries or configures the SoftAP (not saved in flash).</source>
        <translation>查询或配置 SoftAP（不保存到 Flash）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="114"/>
        <source>Queries or configures the SoftAP and saves it in flash.</source>
        <translation>查询或配置 SoftAP，并保存到 Flash。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="118"/>
        <source>Lists the IP and MAC addresses of the stations connected to the SoftAP.</source>
        <translation>列出连接到 SoftAP 的站点的 IP 和 MAC 地址。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="122"/>
        <source>Queries, enables or disables DHCP for the SoftAP and the station (not saved in flash).</source>
        <translation>查询、启用或禁用 SoftAP 和 Station 的 DHCP（不保存到 Flash）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="127"/>
        <source>Queries, enables or disables DHCP for the SoftAP and the station, saved in flash.</source>
        <translation>查询、启用或禁用 SoftAP 和 Station 的 DHCP，并保存到 Flash。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="133"/>
        <source>Queries or sets the address range the SoftAP&apos;s DHCP server hands out (not saved in flash).</source>
        <translation>查询或设置 SoftAP 的 DHCP 服务器分配的地址范围（不保存到 Flash）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="139"/>
        <source>Queries or sets the address range the SoftAP&apos;s DHCP server hands out, saved in flash.</source>
        <translation>查询或设置 SoftAP 的 DHCP 服务器分配的地址范围，并保存到 Flash。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="144"/>
        <source>Queries or sets whether the module connects to the saved access point at power-up.</source>
        <translation>查询或设置模块上电时是否自动连接已保存的接入点。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="149"/>
        <source>Queries or sets the station MAC address (not saved in flash).</source>
        <translation>查询或设置 Station MAC 地址（不保存到 Flash）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="153"/>
        <source>Queries or sets the station MAC address, saved in flash.</source>
        <translation>查询或设置 Station MAC 地址，并保存到 Flash。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="157"/>
        <source>Queries the SoftAP MAC address; the manual says it cannot be changed.</source>
        <translation>查询 SoftAP MAC 地址；手册称其不可更改。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="161"/>
        <source>Queries the SoftAP MAC address saved in flash; the manual says it cannot be changed.</source>
        <translation>查询保存在 Flash 中的 SoftAP MAC 地址；手册称其不可更改。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="166"/>
        <source>Queries or sets the station&apos;s static IP address (not saved in flash).</source>
        <translation>查询或设置 Station 的静态 IP 地址（不保存到 Flash）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="170"/>
        <source>Queries or sets the station&apos;s static IP address, saved in flash.</source>
        <translation>查询或设置 Station 的静态 IP 地址，并保存到 Flash。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="174"/>
        <source>Queries or sets the SoftAP&apos;s IP address (not saved in flash).</source>
        <translation>查询或设置 SoftAP 的 IP 地址（不保存到 Flash）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="178"/>
        <source>Queries or sets the SoftAP&apos;s IP address, saved in flash.</source>
        <translation>查询或设置 SoftAP 的 IP 地址，并保存到 Flash。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="183"/>
        <source>Starts SmartConfig (the &lt;type&gt; form is firmware v1.0.x.x, the &lt;try count&gt; form v1.1.x.x).</source>
        <translation>启动 SmartConfig（&lt;type&gt; 形式适用于固件 v1.0.x.x，&lt;try count&gt; 形式适用于 v1.1.x.x）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="188"/>
        <source>Stops SmartConfig or the provisioning web server.</source>
        <translation>停止 SmartConfig 或配网 Web 服务器。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="192"/>
        <source>Starts (1) or stops (0) WPS.</source>
        <translation>启动 (1) 或停止 (0) WPS。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="194"/>
        <source>Queries or sets the station&apos;s host name.</source>
        <translation>查询或设置 Station 的主机名。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="198"/>
        <source>Queries or sets the Wi-Fi country code and channels (not saved in flash).</source>
        <translation>查询或设置 Wi-Fi 国家/地区代码和信道（不保存到 Flash）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="204"/>
        <source>Queries or sets the Wi-Fi country code and channels, saved in flash.</source>
        <translation>查询或设置 Wi-Fi 国家/地区代码和信道，并保存到 Flash。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="208"/>
        <source>Starts the web server that sets the SSID and password to join.</source>
        <translation>启动用于设置待加入网络 SSID 和密码的 Web 服务器。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="213"/>
        <source>Shows the connection status and the open connections.</source>
        <translation>显示连接状态和已打开的连接。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="217"/>
        <source>Resolves a domain name to an IP address.</source>
        <translation>将域名解析为 IP 地址。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="224"/>
        <source>Opens a TCP, UDP or SSL connection (with &lt;link ID&gt; when AT+CIPMUX=1).</source>
        <translation>建立 TCP、UDP 或 SSL 连接（AT+CIPMUX=1 时需指定 &lt;link ID&gt;）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="228"/>
        <source>Queries or sets the size of the SSL buffer (2048-4096).</source>
        <translation>查询或设置 SSL 缓冲区大小（2048-4096）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="232"/>
        <source>Queries or sets how the SSL client verifies the server certificate.</source>
        <translation>查询或设置 SSL 客户端验证服务器证书的方式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="236"/>
        <source>Shows, stores (1) or deletes (0) the CA certificate for SSL.</source>
        <translation>显示、存储 (1) 或删除 (0) SSL 的 CA 证书。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="242"/>
        <source>Sends &lt;length&gt; bytes after the &apos;&gt;&apos; prompt, or enters passthrough mode without parameters.</source>
        <translation>在 &apos;&gt;&apos; 提示符后发送 &lt;length&gt; 字节；不带参数时进入透传模式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="249"/>
        <source>Sends up to &lt;length&gt; bytes; a \0 in the data sends at once.</source>
        <translation>发送最多 &lt;length&gt; 字节；数据中遇到 \0 时立即发送。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="253"/>
        <source>Writes data into the TCP send buffer.</source>
        <translation>将数据写入 TCP 发送缓冲区。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="256"/>
        <source>Resets the segment ID count.</source>
        <translation>重置数据段 ID 计数。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="258"/>
        <source>Shows the status of the TCP send buffer.</source>
        <translation>显示 TCP 发送缓冲区的状态。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="261"/>
        <source>Checks whether a segment written with AT+CIPSENDERBUF was sent.</source>
        <translation>检查用 AT+CIPSENDERBUF 写入的数据段是否已发送。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="265"/>
        <source>Closes a TCP, UDP or SSL connection (link ID 5 closes all).</source>
        <translation>关闭 TCP、UDP 或 SSL 连接（link ID 为 5 时关闭全部）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="269"/>
        <source>Shows the local IP and MAC addresses of the SoftAP and the station.</source>
        <translation>显示 SoftAP 和 Station 的本地 IP 和 MAC 地址。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="273"/>
        <source>Queries or sets single (0) or multiple (1) connections.</source>
        <translation>查询或设置单连接 (0) 或多连接 (1)。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="277"/>
        <source>Creates (1) or deletes (0) the TCP server.</source>
        <translation>创建 (1) 或删除 (0) TCP 服务器。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="280"/>
        <source>Queries or sets the maximum number of clients the server accepts.</source>
        <translation>查询或设置服务器允许的最大客户端数。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="284"/>
        <source>Queries or sets normal (0) or passthrough (1) transmission mode.</source>
        <translation>查询或设置普通传输模式 (0) 或透传模式 (1)。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="290"/>
        <source>Saves a passthrough TCP or UDP link in flash to open at power-up.</source>
        <translation>将透传 TCP 或 UDP 链接保存到 Flash，上电时自动建立。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="294"/>
        <source>Queries or sets the TCP server timeout in seconds.</source>
        <translation>查询或设置 TCP 服务器超时时间（秒）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="298"/>
        <source>Updates the firmware over Wi-Fi.</source>
        <translation>通过 Wi-Fi 升级固件。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="300"/>
        <source>Pings an IP address or a domain name.</source>
        <translation>Ping 一个 IP 地址或域名。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="303"/>
        <source>Queries or sets whether +IPD shows the remote IP and port.</source>
        <translation>查询或设置 +IPD 是否显示远端 IP 和端口。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="309"/>
        <source>Queries or sets the SNTP time zone and servers.</source>
        <translation>查询或设置 SNTP 时区和服务器。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="312"/>
        <source>Shows the time obtained by SNTP.</source>
        <translation>显示通过 SNTP 获取的时间。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="314"/>
        <source>Queries or sets user-defined DNS servers (not saved in flash).</source>
        <translation>查询或设置用户自定义 DNS 服务器（不保存到 Flash）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="318"/>
        <source>Queries or sets user-defined DNS servers, saved in flash.</source>
        <translation>查询或设置用户自定义 DNS 服务器，并保存到 Flash。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="323"/>
        <source>Queries or sets the MQTT user name, password, client ID and keep-alive time.</source>
        <translation>查询或设置 MQTT 用户名、密码、客户端 ID 和保活时间。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="330"/>
        <source>Queries or sets the publish topic and up to three subscribe topics.</source>
        <translation>查询或设置发布主题和最多三个订阅主题。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="336"/>
        <source>Connects to an MQTT broker.</source>
        <translation>连接到 MQTT 代理服务器。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="338"/>
        <source>Publishes a message to the topic set with AT+MQTTTOPIC.</source>
        <translation>向 AT+MQTTTOPIC 设置的主题发布消息。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="342"/>
        <source>Disconnects from the MQTT broker.</source>
        <translation>断开与 MQTT 代理服务器的连接。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="344"/>
        <source>Sets the Azure IoT Hub name, device ID and device key.</source>
        <translation>设置 Azure IoT Hub 名称、设备 ID 和设备密钥。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="348"/>
        <source>Connects to the Azure IoT Hub.</source>
        <translation>连接到 Azure IoT Hub。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="350"/>
        <source>Shows, stores (1) or deletes (0) the device private key for AWS.</source>
        <translation>显示、存储 (1) 或删除 (0) 用于 AWS 的设备私钥。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="354"/>
        <source>Shows, stores (1) or deletes (0) the client certificate.</source>
        <translation>显示、存储 (1) 或删除 (0) 客户端证书。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="358"/>
        <source>Connects to AWS IoT Core.</source>
        <translation>连接到 AWS IoT Core。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="361"/>
        <source>Connects to an access point, ESP-AT form of AT+CWJAP_CUR (firmware, not in the manual).</source>
        <translation>连接到接入点，即 AT+CWJAP_CUR 的 ESP-AT 形式（固件支持，手册未载）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="366"/>
        <source>Writes data into the TCP send buffer, ESP8266 name of AT+CIPSENDERBUF found only in the manual&apos;s command list (firmware, not in the manual).</source>
        <translation>将数据写入 TCP 发送缓冲区，是 AT+CIPSENDERBUF 的 ESP8266 名称，仅见于手册的命令列表（固件支持，手册未载）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="371"/>
        <source>Reads received data in passive receive mode (firmware, not in the manual).</source>
        <translation>在被动接收模式下读取接收到的数据（固件支持，手册未载）。</translation>
    </message>
</context>
<context>
    <name>Wizfi360GpioCommands</name>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360GpioCommands.cpp" line="59"/>
        <source>The WizFi360 switches the pull-up on for every input (AT+SYSGPIODIR): choose pull-up.</source>
        <translation>WizFi360 会为每个输入打开上拉（AT+SYSGPIODIR）：请选择上拉。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360GpioCommands.cpp" line="91"/>
        <source>the module did not report the pin&apos;s level.</source>
        <translation>模块未报告该引脚的电平。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360GpioCommands.cpp" line="100"/>
        <source>The WizFi360 instruction set has no ADC command (ESP8266&apos;s AT+SYSADC is not in it).</source>
        <translation>WizFi360 指令集中没有 ADC 命令（其中不包含 ESP8266 的 AT+SYSADC）。</translation>
    </message>
</context>
<context>
    <name>Wizfi360MqttCommands</name>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="66"/>
        <source>The WizFi360 MQTT client has no TLS option.</source>
        <translation>WizFi360 MQTT 客户端没有 TLS 选项。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="69"/>
        <source>The WizFi360 MQTT client has no clean-session option (AT+MQTTCON).</source>
        <translation>WizFi360 MQTT 客户端没有 clean session 选项（AT+MQTTCON）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="71"/>
        <source>The WizFi360 needs a client ID (AT+MQTTSET).</source>
        <translation>WizFi360 需要客户端 ID（AT+MQTTSET）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="75"/>
        <source>User name, password and client ID are at most %1 bytes each (AT+MQTTSET).</source>
        <translation>用户名、密码和客户端 ID 各自最长 %1 字节（AT+MQTTSET）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="80"/>
        <source>The WizFi360 keeps a broker connection alive every 30 to 300 s (AT+MQTTSET).</source>
        <translation>WizFi360 与代理服务器连接的保活间隔为 30 到 300 秒（AT+MQTTSET）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="84"/>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="145"/>
        <source>The WizFi360 subscribes at QoS 0 only.</source>
        <translation>WizFi360 仅支持以 QoS 0 订阅。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="89"/>
        <source>The WizFi360 subscribes to at most %1 topics (AT+MQTTTOPIC).</source>
        <translation>WizFi360 最多订阅 %1 个主题（AT+MQTTTOPIC）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="99"/>
        <source>The WizFi360 cannot take a line break or NUL byte inside a parameter.</source>
        <translation>WizFi360 的参数中不能包含换行符或 NUL 字节。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="106"/>
        <source>A topic cannot contain a line break.</source>
        <translation>主题不能包含换行符。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="148"/>
        <source>The WizFi360 subscribes to at most %1 topics (AT+MQTTTOPIC): unsubscribe one first.</source>
        <translation>WizFi360 最多订阅 %1 个主题（AT+MQTTTOPIC）：请先取消订阅一个。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="174"/>
        <source>The WizFi360 publishes at QoS 0 only (AT+MQTTPUB).</source>
        <translation>WizFi360 仅支持以 QoS 0 发布（AT+MQTTPUB）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="176"/>
        <source>The WizFi360 cannot publish retained messages.</source>
        <translation>WizFi360 无法发布保留消息。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="180"/>
        <source>AT+MQTTPUB takes the message on the command line: it cannot contain a line break or NUL byte.</source>
        <translation>AT+MQTTPUB 在命令行中携带消息：消息不能包含换行符或 NUL 字节。</translation>
    </message>
</context>
<context>
    <name>Wizfi360SocketCommands</name>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="124"/>
        <source>A WizFi360 TCP server needs multiple connections, which have no data mode.</source>
        <translation>WizFi360 TCP 服务器需要多连接模式，而多连接模式不支持数据模式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="127"/>
        <source>The WizFi360 runs one TCP server: stop the one listening first.</source>
        <translation>WizFi360 只能运行一个 TCP 服务器：请先停止正在监听的服务器。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="139"/>
        <source>The host name cannot contain a line break or NUL byte.</source>
        <translation>主机名不能包含换行符或 NUL 字节。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="144"/>
        <source>The WizFi360 has no data mode on SSL connections (AT+CIPSTART, §3.3.3).</source>
        <translation>WizFi360 的 SSL 连接不支持数据模式（AT+CIPSTART，§3.3.3）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="147"/>
        <source>Data mode needs the WizFi360&apos;s single connection (AT+CIPMUX=0): close the other sockets first.</source>
        <translation>数据模式要求 WizFi360 处于单连接模式（AT+CIPMUX=0）：请先关闭其他套接字。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="165"/>
        <source>The listening server sends nothing itself: send on one of its connections.</source>
        <translation>处于监听状态的服务器本身不发送数据：请通过它的某个连接发送。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="168"/>
        <source>This socket was opened in data mode (AT+CIPMODE=1), where AT+CIPSEND takes no length: enter data mode to send on it.</source>
        <translation>此套接字以数据模式（AT+CIPMODE=1）打开，此时 AT+CIPSEND 不带长度参数：请进入数据模式后再发送。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="171"/>
        <source>AT+CIPSEND sends 1 to 2048 bytes at a time.</source>
        <translation>AT+CIPSEND 每次发送 1 到 2048 字节。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="184"/>
        <source>The WizFi360 has no socket %1.</source>
        <translation>WizFi360 没有套接字 %1。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="215"/>
        <source>A TCP server has no data mode on the WizFi360.</source>
        <translation>WizFi360 上的 TCP 服务器不支持数据模式。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="224"/>
        <source>data mode needs the module&apos;s single connection (AT+CIPMUX=0), and socket %1 is one of several links: close it and open it again with data mode.</source>
        <translation>数据模式要求模块处于单连接模式（AT+CIPMUX=0），而套接字 %1 是多个链接之一：请关闭它并以数据模式重新打开。</translation>
    </message>
</context>
<context>
    <name>Wizfi360WifiCommands</name>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360WifiCommands.cpp" line="147"/>
        <source>The WizFi360 takes the gateway and the netmask together (AT+CIPSTA): give both or neither.</source>
        <translation>WizFi360 要求网关和子网掩码同时设置（AT+CIPSTA）：请两者都填写或都不填写。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360WifiCommands.cpp" line="157"/>
        <source>The two DNS servers must differ (AT+CIPDNS).</source>
        <translation>两个 DNS 服务器必须不同（AT+CIPDNS）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360WifiCommands.cpp" line="200"/>
        <source>The WizFi360 soft AP is open, WPA-PSK or WPA2-PSK only (AT+CWSAP &lt;ecn&gt;).</source>
        <translation>WizFi360 的 SoftAP 仅支持开放、WPA-PSK 或 WPA2-PSK（AT+CWSAP &lt;ecn&gt;）。</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360WifiCommands.cpp" line="203"/>
        <source>The WizFi360 soft AP uses channels 1 to 13.</source>
        <translation>WizFi360 的 SoftAP 使用信道 1 到 13。</translation>
    </message>
</context>
<context>
    <name>World</name>
    <message>
        <location filename="../core/sim/World.cpp" line="109"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="123"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处 JSON 无效：%2</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="127"/>
        <source>the world must be a JSON object</source>
        <translation>world 必须是一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="146"/>
        <source>module.stationMac and module.apMac must look like aa:bb:cc:dd:ee:ff</source>
        <translation>module.stationMac 和 module.apMac 的格式必须类似 aa:bb:cc:dd:ee:ff</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="156"/>
        <source>%1.ssid must be 1 to 32 bytes of UTF-8</source>
        <translation>%1.ssid 必须是 1 到 32 字节的 UTF-8</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="159"/>
        <source>%1.bssid must look like aa:bb:cc:dd:ee:ff</source>
        <translation>%1.bssid 的格式必须类似 aa:bb:cc:dd:ee:ff</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="162"/>
        <source>%1.channel must be 1 to 14</source>
        <translation>%1.channel 必须在 1 到 14 之间</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="168"/>
        <source>%1.security must be open, wep, wpa, wpa2, wpa/wpa2, wpa3 or enterprise</source>
        <translation>%1.security 必须是 open、wep、wpa、wpa2、wpa/wpa2、wpa3 或 enterprise</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="173"/>
        <source>%1.passphrase is needed for a secured network</source>
        <translation>加密网络需要 %1.passphrase</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="184"/>
        <source>dhcp needs first, last, gateway and netmask as IPv4 addresses</source>
        <translation>dhcp 需要以 IPv4 地址表示的 first、last、gateway 和 netmask</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="189"/>
        <source>dhcp.dns holds IPv4 addresses</source>
        <translation>dhcp.dns 应包含 IPv4 地址</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="198"/>
        <source>dns.%1 must be an IPv4 address</source>
        <translation>dns.%1 必须是 IPv4 地址</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="200"/>
        <source>dns.%1 must be a loopback address: the virtual module only reaches this machine</source>
        <translation>dns.%1 必须是环回地址：虚拟模块只能访问本机</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="215"/>
        <source>every gpio entry needs a pin number</source>
        <translation>每个 gpio 条目都需要引脚号</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="226"/>
        <source>every adc entry needs a channel number</source>
        <translation>每个 adc 条目都需要通道号</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="237"/>
        <source>adc signal must be constant, ramp, sine or noise</source>
        <translation>adc signal 必须是 constant、ramp、sine 或 noise</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="244"/>
        <source>adc bits must be 1 to 24 and fullScale positive</source>
        <translation>adc bits 必须在 1 到 24 之间，且 fullScale 必须为正数</translation>
    </message>
</context>
<context>
    <name>atstudio-cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="16"/>
        <source>Usage: atstudio-cli &lt;command&gt; [options]

Commands:
  replay --module ID [--raw] FILE   frame a recorded session as JSON Lines
  simulate --module ID [--world FILE] [--link PATH] [--baud-pace BAUD]
           [--faults SPEC] [--uart-baud BAUD]
                                    serve a virtual module on a pseudo-terminal
  detect --port PATH [--bauds LIST] find baud rate, module, model and firmware
  wifi scan|join|leave|ap-start|ap-stop   Wi-Fi actions
  socket send                       send to a peer and print the answer
  mqtt publish|subscribe            MQTT through the module
  gpio write|read|adc               pins and ADC
  (each on --port PATH --module ID, or --simulate ID)

Run &apos;atstudio-cli &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>用法：atstudio-cli &lt;命令&gt; [选项]

命令：
  replay --module ID [--raw] FILE   将录制的会话分帧并以 JSON Lines 输出
  simulate --module ID [--world FILE] [--link PATH] [--baud-pace BAUD]
           [--faults SPEC] [--uart-baud BAUD]
                                    在伪终端上提供虚拟模块
  detect --port PATH [--bauds LIST] 检测波特率、模块、型号和固件
  wifi scan|join|leave|ap-start|ap-stop   Wi-Fi 操作
  socket send                       发送数据到对端并打印应答
  mqtt publish|subscribe            通过模块使用 MQTT
  gpio write|read|adc               引脚和 ADC
  （以上命令均需 --port PATH --module ID，或 --simulate ID）

运行“atstudio-cli &lt;命令&gt; --help”查看某个命令的选项。
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="79"/>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="29"/>
        <source>Configure and monitor AT-command WiFi modules.</source>
        <translation>配置和监控基于 AT 命令的 WiFi 模块。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="34"/>
        <source>Serial port, device path or host:port.</source>
        <translation>串口、设备路径或 host:port。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="37"/>
        <source>Baud rate.</source>
        <translation>波特率。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="40"/>
        <source>Module dialect id.</source>
        <translation>模块方言 ID。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>Connect to the virtual module of this dialect.</source>
        <translation>连接到该方言的虚拟模块。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <source>Text size factor (1.6 reads well on a projector).</source>
        <translation>文字缩放系数（投影仪上建议 1.6）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation>将窗口截图保存为此 PNG 文件并退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>Milliseconds to wait before the screenshot.</source>
        <translation>截图前等待的毫秒数。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="60"/>
        <source>Language: en, %1 (default: the system&apos;s).</source>
        <translation>语言：en、%1（默认：跟随系统）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="65"/>
        <source>Open this panel: status, wifi, sockets, mqtt or gpio.</source>
        <translation>打开此面板：status、wifi、sockets、mqtt 或 gpio。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="76"/>
        <source>no panel named %1</source>
        <translation>没有名为 %1 的面板</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="87"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
</TS>
