; Inno Setup script for the Windows installer (build the bundle on Windows first:
;   pyinstaller installers\rehabmeet.spec --distpath build\dist
; then: iscc installers\rehabmeet.iss  →  build\RehabMeet-0.1.0-setup.exe)
#define AppName "RehabMeet"
#define AppVersion "0.1.0"
#define AppId "dk.rehabmeet.RehabMeet"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=RehabMeet
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\build
OutputBaseFilename=RehabMeet-{#AppVersion}-setup
SetupIconFile=..\resources\icons\rehabmeet.ico
UninstallDisplayIcon={app}\rehabmeet.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\build\dist\rehabmeet\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; rehabmeet-gui.exe is the same program built without a console window; rehabmeet.exe is the command line.
Name: "{group}\{#AppName}"; Filename: "{app}\rehabmeet-gui.exe"; IconFilename: "{app}\rehabmeet-gui.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\rehabmeet-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\rehabmeet-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The user's data (the encrypted database) is deliberately kept: it is the municipality's record.
Type: filesandordirs; Name: "{app}"
