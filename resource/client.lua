-- sonoran-fivem optional client script: reports the street names under a CAD unit, so the CAD map can show
-- "[postal] Street / Cross street". It only runs while the server says this player is a unit (the replicated
-- state bag value LocalPlayer.state.sonoranUnit), sends at most one report every 2 seconds and only when the
-- streets changed. The server treats the text as untrusted display text and never takes positions from clients.
-- Remove the client_script line in fxmanifest.lua to turn it off.

local lastStreet, lastCross = nil, nil

CreateThread(function()
    while true do
        Wait(2000)
        if LocalPlayer.state.sonoranUnit ~= true then
            lastStreet, lastCross = nil, nil
        else
            local coords = GetEntityCoords(PlayerPedId())
            local streetHash, crossHash = GetStreetNameAtCoord(coords.x, coords.y, coords.z)
            local street = GetStreetNameFromHashKey(streetHash)
            local cross = crossHash ~= 0 and GetStreetNameFromHashKey(crossHash) or ''
            if street ~= lastStreet or cross ~= lastCross then
                lastStreet, lastCross = street, cross
                TriggerServerEvent('sonoran-fivem:streets', street, cross)
            end
        end
    end
end)
