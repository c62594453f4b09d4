fx_version 'cerulean'
game 'gta5'

name 'sonoran-fivem'
description 'Sonoran CAD integration: unit locations, heartbeats, 911/311 calls, panic, status and temporary records, paced inside every rate limit.'
author 'sonoran-fivem'
version '0.1.0'

-- Built by `dotnet build -c Release src/SonoranFiveM.Server`; dependency DLLs sit beside it in resource/.
server_script 'resource/SonoranFiveM.Server.net.dll'

-- Optional: street names for units' map locations. Delete this line to turn it off.
client_script 'resource/client.lua'
