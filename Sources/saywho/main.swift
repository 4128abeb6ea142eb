print("saywho")
