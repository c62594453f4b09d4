fx_version 'cerulean'
game 'gta5'

name 'sonoran-fivem'
description 'Sonoran CAD integration: unit locations, heartbeats, 911/311 calls, panic, status and temporary records, paced inside every rate limit.'
author 'sonoran-fivem'
version '0.1.0'

-- Built by `dotnet build -c Release src/SonoranFiveM.Server`; dependency DLLs sit beside it in resource/.
server_script 'resource/SonoranFiveM.Server.net.dll'

-- Live map over Sonoran's WebSocket hub (location.transport = "websocket"): runs on FXServer's Node runtime, because
-- managed sockets fail inside Linux FXServer. It only moves messages for the C# resource; resource/vendor/ws.js is its
-- WebSocket client (built by tools/hub-bridge).
server_script 'resource/sonoran-hub.js'

-- Optional: street names for units' map locations. Delete this line to turn it off.
client_script 'resource/client.lua'
